namespace Asivado.Grains.Agents;

/// <summary>The "kind" of a console push, as sent on the wire.</summary>
public static class ConsolePushKind
{
    public const string Escalation = "escalation";
    public const string CaseAssigned = "case-assigned";
    public const string CaseUnassigned = "case-unassigned";
    public const string CaseChanged = "case-changed";
    public const string QueueChanged = "queue-changed";
    public const string CallWaiting = "call-waiting";
    public const string OverHold = "over-hold";
    public const string PresenceChanged = "presence-changed";
    public const string EscalationAcknowledged = "escalation-acknowledged";
}
