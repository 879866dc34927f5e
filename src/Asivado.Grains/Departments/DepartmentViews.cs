using Asivado.Domain.Calendars;
using Asivado.Domain.Policies;
using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>The department with its live counters.</summary>
public sealed record DepartmentView(
    string Id,
    string Name,
    CalendarReference Calendar,
    IReadOnlyList<PolicyReference> Policies,
    IReadOnlyList<string> MemberIds,
    IReadOnlyList<string> LeadIds,
    string? ManagerId,
    int OpenCases,
    int QueueLength,
    IReadOnlyList<AgentAvailability> Agents,
    IReadOnlyList<TargetCompliance> ComplianceToday);

/// <summary>Unassigned open cases, soonest deadline first (no deadline last, then oldest first).</summary>
public sealed record DepartmentQueueView(string DepartmentId, IReadOnlyList<QueueEntry> Entries);

/// <summary>Met and breached counts of one target; <see cref="CompliancePercent"/> is null when nothing settled.</summary>
public sealed record TargetCompliance(string TargetId, int Met, int Breached, double? CompliancePercent);

/// <summary>Compliance over [From, To] in the department calendar's local dates, inclusive.</summary>
public sealed record ComplianceReport(string DepartmentId, LocalDate From, LocalDate To, IReadOnlyList<TargetCompliance> Targets);

/// <summary>Praise against constructive criticism received over [From, To] in local dates, inclusive.</summary>
public sealed record FeedbackReport(string DepartmentId, LocalDate From, LocalDate To, int Praise, int ConstructiveCriticism);
