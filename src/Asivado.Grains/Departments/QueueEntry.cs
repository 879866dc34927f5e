using Asivado.Domain.Cases;
using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>A department's summary of one of its open cases, sent by the case on every change.</summary>
/// <param name="NextDueAt">The due instant of the case's next pending deadline.</param>
/// <param name="NextTargetId">That deadline's target (for the forecast's at-risk warnings).</param>
/// <param name="NextWarningAt">That deadline's first escalation step (the 50 % warning on the default ladder): at-risk warnings go out only before it.</param>
public sealed record QueueEntry(
    string CaseId,
    Channel Channel,
    CaseKind Kind,
    CaseStatus Status,
    string? AssigneeId,
    Instant ReceivedAt,
    Instant? NextDueAt,
    string Subject,
    string? NextTargetId = null,
    Instant? NextWarningAt = null);
