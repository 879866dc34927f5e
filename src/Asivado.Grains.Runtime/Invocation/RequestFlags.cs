namespace Asivado.Grains.Runtime.Invocation;

/// <summary>How a request may be scheduled on its activation.</summary>
[Flags]
internal enum RequestFlags
{
    None = 0,

    /// <summary>May run while any other request of the activation is in progress.</summary>
    AlwaysInterleave = 1,

    /// <summary>May run together with other read-only requests.</summary>
    ReadOnly = 2,

    /// <summary>Resets the activation's idle clock when it completes.</summary>
    CountsAsActivity = 4,

    /// <summary>Belongs to this activation only (a timer tick): dropped, not forwarded, when the activation goes away.</summary>
    LocalOnly = 8,
}
