using Asivado.Domain.Calendars;
using Asivado.Domain.Policies;
using NodaTime;

namespace Asivado.Domain.Deadlines;

/// <summary>
/// Why a deadline is where it is, machine-readable (the HTTP API returns it as JSON):
/// where counting started, which policy revision and calendar version were used, the open
/// intervals that were counted, the holidays and closed periods skipped, the pauses and extensions.
/// Intervals are listed for the current basis; earlier bases contribute <see cref="ConsumedBefore"/>.
/// </summary>
public sealed record DeadlineExplanation(
    string TargetId,
    string TargetTitle,
    string BudgetRule,
    ClockKind Clock,
    Instant StartedAt,
    Instant CountingFrom,
    Instant? DueAt,
    Duration PolicyBudget,
    Duration Budget,
    Duration ConsumedBefore,
    PolicyReference Policy,
    CalendarReference Calendar,
    string TimeZoneId,
    Duration BusinessDayLength,
    IReadOnlyList<DeadlineBasis> Bases,
    IReadOnlyList<OpenSpan> IntervalsCounted,
    IReadOnlyList<Holiday> HolidaysSkipped,
    IReadOnlyList<SkippedPeriod> ClosedPeriodsSkipped,
    IReadOnlyList<PausePeriod> Pauses,
    IReadOnlyList<DeadlineExtension> Extensions);
