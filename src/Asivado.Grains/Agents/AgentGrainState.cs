namespace Asivado.Grains.Agents;

/// <summary>
/// What an agent grain persists as state "agent": presence and the work it carries. The console feed is a keyed
/// collection of its own (<see cref="AgentFeed"/>), so a push does not rewrite this.
/// </summary>
public sealed class AgentGrainState
{
    public AgentPresence Presence { get; set; } = AgentPresence.Offline;

    /// <summary>Cases and live calls by <see cref="AgentAssignment.WorkId"/>.</summary>
    public Dictionary<string, AgentAssignment> Assignments { get; set; } = new(StringComparer.Ordinal);
}
