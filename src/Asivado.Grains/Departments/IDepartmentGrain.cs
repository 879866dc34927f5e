using Asivado.Domain.Cases;
using Asivado.Grains.Common;
using Orleans.Concurrency;
using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>
/// A department, keyed by its id from the organisation directory (unknown ids answer null / NotFound).
/// Holds the queue of its open cases, the availability its agents report, live SLA counters and daily
/// tallies for reports. It never calls a case or agent back inside a call from one (no call cycles):
/// follow-up work (assigning queued cases when an agent frees up) runs in a later turn.
/// </summary>
public interface IDepartmentGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<DepartmentView?> Get();

    [ReadOnly]
    Task<DepartmentQueueView?> GetQueue();

    /// <summary>
    /// Adds or updates an open case. When the case has no assignee and an available agent has room, picks
    /// the least loaded one (ties: the longest idle) and reserves the case's weight on that agent: returns
    /// the agent id for the case to assign itself, otherwise null.
    /// </summary>
    Task<GrainResult<AutoAssignment>> TrackCase(QueueEntry entry);

    /// <summary>Removes a case that closed or left the department (idempotent).</summary>
    Task UntrackCase(string caseId);

    Task UpdateAgent(AgentAvailability availability);

    Task RecordOutcome(DeadlineOutcome outcome);

    /// <summary>Counts a new case in the feedback tallies (praise, constructive criticism); once per case id.</summary>
    Task RecordIntake(string caseId, CaseKind kind, Instant receivedAt);

    /// <summary>The ids of the department's open cases (what a published policy or calendar revision is re-applied to), ordered.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> GetOpenCaseIds();

    /// <summary>Agents of the department that are available now (call alerts go to them and the leads).</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> GetAvailableAgents();

    [ReadOnly]
    Task<GrainResult<ComplianceReport>> GetCompliance(LocalDate from, LocalDate to);

    [ReadOnly]
    Task<GrainResult<FeedbackReport>> GetFeedback(LocalDate from, LocalDate to);

    /// <summary>
    /// The breach forecast now (<see cref="Domain.Forecasting.QueueForecaster"/>): the first <paramref name="limit"/>
    /// open cases (1 to <see cref="DepartmentGrain.MaxForecastCases"/>; InvalidArgument "limit" otherwise), NotFound
    /// for an unknown department.
    /// </summary>
    [ReadOnly]
    Task<GrainResult<DepartmentForecast>> GetForecast(int limit);
}

/// <param name="AgentId">Null when the case stays in the queue.</param>
public sealed record AutoAssignment(string? AgentId);
