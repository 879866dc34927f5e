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

    /// <summary>The call of a call-waiting alert no longer waits (someone answered or took it, or the caller hung up): the alert closed.</summary>
    public const string CallAlertClosed = "call-alert-closed";

    /// <summary>To a department's leads: the forecast says a case will breach a target (before that target's first escalation step).</summary>
    public const string AtRisk = "at-risk";

    /// <summary>
    /// Routine state sent as its latest value with sequence 0, never a feed entry: chatter must not push out of the
    /// feed what an agent has to act on, and a console that missed some needs only the last (<see cref="AgentSnapshot"/>).
    /// </summary>
    public static bool IsSnapshot(string kind) => kind is PresenceChanged or QueueChanged;
}
