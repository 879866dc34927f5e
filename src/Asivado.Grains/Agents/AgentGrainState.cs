namespace Asivado.Grains.Agents;

/// <summary>What an agent grain persists (state "agent"): presence, the work it carries and its console feed.</summary>
public sealed class AgentGrainState
{
    public AgentPresence Presence { get; set; } = AgentPresence.Offline;

    /// <summary>Cases and live calls by <see cref="AgentAssignment.WorkId"/>.</summary>
    public Dictionary<string, AgentAssignment> Assignments { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The sequence of the last push; the next push gets this plus one.</summary>
    public long LastSequence { get; set; }

    /// <summary>Pushes in sequence order: the last <see cref="AgentFeed.Retained"/> and every unacknowledged escalation.</summary>
    public List<ConsolePush> Feed { get; set; } = [];

    /// <summary>Sequences of the escalation and call-alert pushes not acknowledged yet, ascending.</summary>
    public List<long> OpenEscalations { get; set; } = [];
}
