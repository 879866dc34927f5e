using Asivado.Domain.Cases;
using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>
/// The case as the API returns it. <see cref="Customer"/> holds personal data: the gateway shows it only
/// to the people who work the case. <see cref="Version"/> is the number of history entries.
/// </summary>
public sealed record CaseView(
    string Id,
    Channel Channel,
    CaseKind Kind,
    string DepartmentId,
    string? AssigneeId,
    CaseStatus Status,
    bool IsPaused,
    CustomerDetails Customer,
    string Subject,
    string Description,
    Instant ReceivedAt,
    AcknowledgementRecord? Acknowledgement,
    CaseReferralView? Referral,
    CaseOutcome? Outcome,
    Instant? ClosedAt,
    int ReopenCount,
    IReadOnlyList<DeadlineView> Deadlines,
    Instant? NextDueAt,
    long Version,
    string? CallId);

/// <summary>The latest referral: to which department, its committed owner and due date.</summary>
/// <param name="ExpectedResolutionAt">
/// The expected resolution date the referral noted: <paramref name="CommittedDueAt"/>, or for a hand-over within the
/// department without one, the response date the customer was given. Null only on referrals recorded before it was kept.
/// </param>
public sealed record CaseReferralView(
    Instant At, string FromDepartmentId, string DepartmentId, string? OwnerId, Instant? CommittedDueAt, string? Note, Instant? ExpectedResolutionAt = null);
