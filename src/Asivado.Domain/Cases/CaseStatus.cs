namespace Asivado.Domain.Cases;

public enum CaseStatus
{
    Received = 1,
    Acknowledged,
    Referred,
    InProgress,
    Responded,
    AwaitingConfirmation,
    Closed,
}
