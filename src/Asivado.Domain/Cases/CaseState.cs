using NodaTime;

namespace Asivado.Domain.Cases;

/// <summary>
/// The lifecycle state a case grain persists. Holds only what the work needs: no age, race, gender,
/// ethnicity, religion or disability. Change it only through <see cref="CaseLifecycle.Apply"/>.
/// </summary>
public sealed record CaseState(
    string CaseReference,
    Channel Channel,
    CaseKind Kind,
    Instant ReceivedAt,
    CaseStatus Status,
    CaseAcknowledgement? Acknowledgement = null,
    CaseReferral? Referral = null,
    string? AssigneeId = null,
    bool IsPaused = false,
    Instant? RespondedAt = null,
    CaseOutcome? Outcome = null,
    Instant? ClosedAt = null,
    int ReopenCount = 0)
{
    public bool IsOpen => Status is not (CaseStatus.AwaitingConfirmation or CaseStatus.Closed);
}
