using Asivado.Grains.Common;
using Orleans.Concurrency;

namespace Asivado.Grains.Agents;

/// <summary>
/// A member of staff (agent, lead, manager), keyed by person id from the organisation directory; an id
/// the directory does not know answers NotFound / null. Pushes are persisted in the agent's feed (the
/// last 1,000 plus every unacknowledged escalation) before they are sent to the subscribed consoles; presence and
/// queue notices are latest values (<see cref="AgentSnapshot"/>), sent with sequence 0.
/// </summary>
public interface IAgentGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<AgentView?> Get();

    Task<GrainResult<AgentView>> SetPresence(AgentPresence presence, Actor by);

    /// <summary>Adds or updates a case or call on the agent (idempotent by WorkId); sends case-assigned.</summary>
    Task<GrainResult<AgentView>> TrackAssignment(AgentAssignment assignment);

    /// <summary>Removes it (idempotent); sends case-unassigned with the reason as text.</summary>
    Task<GrainResult<AgentView>> ReleaseAssignment(string workId, string reason);

    /// <summary>
    /// Records the escalation in the inbox and pushes it; returns the push. Idempotent per step: the same notice again
    /// (a sender retrying after its silo lost the answer) returns the stored push and pushes nothing.
    /// </summary>
    Task<GrainResult<ConsolePush>> Escalate(EscalationNotice notice);

    /// <summary>
    /// Persists and pushes an informational message: case-changed gets the next <see cref="ConsolePush.Sequence"/> (and
    /// its <see cref="ConsolePush.DueAt"/> becomes the next deadline of the case the agent carries);
    /// queue-changed replaces the department's latest queue notice (<see cref="AgentSnapshot.Queues"/>, sequence 0).
    /// </summary>
    Task<GrainResult<ConsolePush>> Notify(ConsolePush push);

    /// <summary>
    /// Closes the agent's open call-waiting alerts for <paramref name="callId"/> (the call is answered or ended) and
    /// pushes one call-alert-closed with <paramref name="reason"/>; with none open it does nothing (a repeat).
    /// </summary>
    Task<GrainResult<AgentView>> CloseCallAlerts(string callId, string reason);

    /// <summary>Acknowledging an unknown or already acknowledged sequence is NotFound / Conflict.</summary>
    Task<GrainResult<AgentView>> AcknowledgeEscalation(long sequence, Actor by);

    /// <summary>
    /// What a console that last applied <paramref name="lastSequence"/> of <paramref name="epoch"/> (null: not known)
    /// missed, or, when that cannot be complete, <see cref="FeedResume.Truncated"/> with the snapshot; null for an unknown agent.
    /// </summary>
    [ReadOnly]
    Task<FeedResume?> Resume(string? epoch, long lastSequence);

    /// <summary>Every persisted push with a sequence greater than <paramref name="sequence"/>, in order.</summary>
    [ReadOnly]
    Task<IReadOnlyList<ConsolePush>> GetPushesAfter(long sequence);

    /// <summary>Subscribes (or renews) a console; subscriptions expire after 5 minutes without renewal.</summary>
    Task Subscribe(IAgentConsoleObserver observer);

    Task Unsubscribe(IAgentConsoleObserver observer);
}
