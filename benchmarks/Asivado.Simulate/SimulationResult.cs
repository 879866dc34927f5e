namespace Asivado.Simulate;

/// <summary>What one draft did with the day.</summary>
public sealed record SimulationResult(
    string Draft,
    int Contacts,
    int Resolved,
    int OpenAtEnd,
    IReadOnlyList<TargetResult> Targets,
    IReadOnlyList<QueueSample> Queue,
    IReadOnlyList<AgentResult> Agents,
    double SimulatedHours,
    double WallSeconds)
{
    public double SimulatedHoursPerSecond => WallSeconds > 0 ? SimulatedHours / WallSeconds : 0;

    public int Breaches => Targets.Sum(t => t.Breached);
}

/// <summary>A service target over the day, all departments: deadlines met and breached.</summary>
public sealed record TargetResult(string TargetId, int Met, int Breached);

/// <summary>Cases waiting in the departments' queues (no agent yet) and in agents' hands, at one instant.</summary>
public sealed record QueueSample(DateTimeOffset At, int Queued, int InHand);

/// <summary>One agent: on shift, busy, and the cases finished.</summary>
public sealed record AgentResult(string PersonId, string DepartmentId, double ShiftHours, double BusyHours, int Resolved)
{
    public double Utilisation => ShiftHours > 0 ? BusyHours / ShiftHours : 0;
}
