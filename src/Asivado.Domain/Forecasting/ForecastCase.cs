using NodaTime;

namespace Asivado.Domain.Forecasting;

/// <summary>An open case as the forecast sees it.</summary>
/// <param name="TargetId">The target of its next pending deadline, or null when none is pending.</param>
/// <param name="DueAt">That deadline's due instant.</param>
/// <param name="AssigneeId">Null while it waits in the queue.</param>
/// <param name="StartedAt">When its assignee got it, if known.</param>
public sealed record ForecastCase(string CaseId, string? TargetId, Instant? DueAt, string? AssigneeId = null, Instant? StartedAt = null);
