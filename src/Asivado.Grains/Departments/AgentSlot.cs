using Asivado.Grains.Agents;
using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>What the department keeps about one of its agents: the last report, plus its own reservations and picks.</summary>
public sealed class AgentSlot
{
    public AgentPresence Presence { get; set; } = AgentPresence.Offline;

    public int Capacity { get; set; }

    /// <summary>The load the agent last reported, plus the cases reserved on it since (the next report replaces it).</summary>
    public int Load { get; set; }

    /// <summary>When a case was last assigned to the agent (by this department's picker or by a person); null: never.</summary>
    public Instant? LastAssignedAt { get; set; }

    public bool HasRoomForOneCase =>
        Presence == AgentPresence.Available && Load + AssignmentPicker.CaseWeight <= Capacity;
}
