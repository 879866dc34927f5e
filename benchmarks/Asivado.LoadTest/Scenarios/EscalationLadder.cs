namespace Asivado.LoadTest.Scenarios;

/// <summary>Which escalation ladder the departments' policies use.</summary>
public enum EscalationLadder
{
    /// <summary>The policy's own (seeds: warnings at 50, 75 and 90 % to the assignee, the breach to assignee and leads, the manager a business day later).</summary>
    Policy,

    /// <summary>Only the breach, to the assignee and the department's leads: one escalation per case, target and lead.</summary>
    BreachOnly,
}
