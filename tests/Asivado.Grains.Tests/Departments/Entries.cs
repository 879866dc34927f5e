using Asivado.Domain.Cases;
using Asivado.Grains.Departments;
using NodaTime;

namespace Asivado.Grains.Tests.Departments;

/// <summary>Queue entries as a case would send them.</summary>
internal static class Entries
{
    public static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 8, 0);

    public static QueueEntry Queued(string caseId, Instant? nextDueAt = null, Instant? receivedAt = null) =>
        new(caseId, Channel.Email, CaseKind.Question, CaseStatus.Received, null, receivedAt ?? Start, nextDueAt, $"Subject of {caseId}");
}
