using Asivado.Grains.Organisation;

namespace Asivado.Grains.Agents;

/// <summary>An agent's live state: presence, load against capacity, assignments, unacknowledged escalations.</summary>
public sealed record AgentView(
    string Id,
    string Name,
    string DepartmentId,
    StaffRole Role,
    AgentPresence Presence,
    int Capacity,
    int Load,
    IReadOnlyList<AgentAssignment> Assignments,
    IReadOnlyList<ConsolePush> OpenEscalations,
    long LastSequence);
