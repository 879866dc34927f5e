namespace Asivado.Grains.Cases;

public enum DeadlineState
{
    /// <summary>Counting, not yet due.</summary>
    Pending = 1,

    /// <summary>Settled before it was due.</summary>
    Met,

    /// <summary>Due and passed, settled late or not yet settled.</summary>
    Breached,

    /// <summary>Stopped while the case waits on the customer.</summary>
    Paused,

    /// <summary>Not needed: the case was resolved on first contact.</summary>
    Waived,
}
