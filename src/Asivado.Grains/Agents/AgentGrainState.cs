namespace Asivado.Grains.Agents;

/// <summary>
/// What an agent grain persists as state "agent": presence, the work it carries, the feed's epoch and the latest
/// queue notices. The console feed is a keyed collection of its own (<see cref="AgentFeed"/>), so a push does not
/// rewrite this.
/// </summary>
public sealed class AgentGrainState
{
    public AgentPresence Presence { get; set; } = AgentPresence.Offline;

    /// <summary>Cases and live calls by <see cref="AgentAssignment.WorkId"/>.</summary>
    public Dictionary<string, AgentAssignment> Assignments { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Names the feed's stream (<see cref="FeedResume.Epoch"/>); set on the agent's first activation without stored state.</summary>
    public string? FeedEpoch { get; set; }

    /// <summary>The latest queue-changed push per department id: a snapshot, not feed entries.</summary>
    public Dictionary<string, ConsolePush> Queues { get; set; } = new(StringComparer.Ordinal);
}
