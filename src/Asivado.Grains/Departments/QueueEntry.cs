using Asivado.Domain.Cases;
using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>A department's summary of one of its open cases, sent by the case on every change.</summary>
public sealed record QueueEntry(
    string CaseId,
    Channel Channel,
    CaseKind Kind,
    CaseStatus Status,
    string? AssigneeId,
    Instant ReceivedAt,
    Instant? NextDueAt,
    string Subject);
