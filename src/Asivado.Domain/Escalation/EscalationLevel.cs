namespace Asivado.Domain.Escalation;

public enum EscalationLevel
{
    /// <summary>A share of the budget is consumed; the deadline has not passed.</summary>
    Warning = 1,

    /// <summary>The deadline has passed.</summary>
    Breach,

    /// <summary>Some time after the breach, still unresolved.</summary>
    AfterBreach,
}
