using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>
/// Refer a case to a department. To another department, the referral carries a committed owner (a person
/// of that department) and a due date of its own, tracked as a referral deadline linked to the case.
/// </summary>
public sealed record CaseReferralRequest(string DepartmentId, string? OwnerId, Instant? CommittedDueAt, string? Note);
