namespace Asivado.Grains.Departments;

/// <summary>
/// The department's live state (state "department"), written on every case change, so it holds only
/// what the queue and the picker need: one entry per open case and one slot per agent. Tallies for
/// reports live apart in <see cref="DepartmentTallyState"/>.
/// </summary>
public sealed class DepartmentGrainState
{
    /// <summary>Open cases by case id; those without an assignee form the queue.</summary>
    public Dictionary<string, QueueEntry> OpenCases { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Agents of the department by id, as they last reported.</summary>
    public Dictionary<string, AgentSlot> Agents { get; set; } = new(StringComparer.Ordinal);
}
