using NodaTime;

namespace Asivado.Domain.Forecasting;

/// <summary>What the forecast expects of one open case.</summary>
/// <param name="Position">1-based place in the queue; null for a case an agent already has.</param>
/// <param name="ExpectedStart">When an agent is expected to start it; null when no agent is available to.</param>
/// <param name="ExpectedFinish">Start plus the handling time in the calendar's business time; null when the start is unknown.</param>
/// <param name="WillBreach">True when the expected finish is after the due instant, or no agent is available during opening hours.</param>
/// <param name="Why">The reasoning in words: "3 cases ahead, 1 agent available (0 free now), median handling 40 min (12 handled cases); finishes 25 min after it is due".</param>
public sealed record CaseForecast(
    string CaseId,
    string? TargetId,
    Instant? DueAt,
    string? AssigneeId,
    int? Position,
    Instant? ExpectedStart,
    Instant? ExpectedFinish,
    bool WillBreach,
    string Why);
