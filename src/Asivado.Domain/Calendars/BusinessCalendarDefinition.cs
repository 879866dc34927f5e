using System.Collections.Immutable;
using NodaTime;

namespace Asivado.Domain.Calendars;

/// <summary>
/// The serialisable description of one version of a department's business calendar.
/// Compile it with <see cref="BusinessCalendar.Create"/>; invalid definitions are rejected there.
/// </summary>
/// <param name="BusinessDayLength">
/// Open time that makes one business day. Null: the weekly open time divided by the number of
/// weekdays that have any opening hours (Mon–Fri 09:00–12:00 + 13:00–17:00 gives 7 hours).
/// </param>
public sealed record BusinessCalendarDefinition(
    string CalendarId,
    int Version,
    string TimeZoneId,
    ImmutableArray<OpeningInterval> WeeklyHours,
    ImmutableArray<Holiday> Holidays,
    Duration? BusinessDayLength = null)
{
    public CalendarReference Reference => new(CalendarId, Version);
}
