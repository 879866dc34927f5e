using Asivado.Domain.Forecasting;
using Asivado.Grains.Agents;
using Asivado.Grains.Departments;

namespace Asivado.Gateway.Hubs.Views;

/// <summary>
/// A lead's view of the department now: its people with presence and load, today's compliance per target, the queue,
/// and the cases the breach forecast expects to breach (with why).
/// </summary>
public sealed record DepartmentToday(
    string DepartmentId,
    int QueueLength,
    IReadOnlyList<TeamMember> Agents,
    IReadOnlyList<TargetCompliance> Compliance,
    IReadOnlyList<CaseForecast> AtRisk,
    string HandlingBasis);

/// <summary>One member of the department as a lead balances work: presence, cases in hand and capacity.</summary>
public sealed record TeamMember(string Id, string Name, AgentPresence Presence, int Load, int Capacity);
