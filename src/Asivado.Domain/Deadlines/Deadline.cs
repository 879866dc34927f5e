using Asivado.Domain.Calendars;
using Asivado.Domain.Policies;
using NodaTime;

namespace Asivado.Domain.Deadlines;

/// <summary>
/// A target's deadline as computed now. <see cref="DueAt"/> is null while the clock is paused.
/// <see cref="Budget"/> includes extensions; <see cref="PolicyBudget"/> is the policy's own.
/// </summary>
public sealed record Deadline(
    string TargetId,
    ClockKind Clock,
    Instant StartedAt,
    Instant? DueAt,
    Duration PolicyBudget,
    Duration Budget,
    PolicyReference Policy,
    CalendarReference Calendar)
{
    public bool IsPaused => DueAt is null;
}
