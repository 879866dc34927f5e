using Asivado.Domain.Calendars;
using NodaTime;

namespace Asivado.Domain.Tests.Calendars;

/// <summary>
/// An independent, deliberately naive model of a calendar: converts every minute to local time with
/// NodaTime and checks it against the definition's intervals and holidays directly.
/// Valid for minute-aligned definitions, starts and durations.
/// </summary>
internal sealed class MinuteOracle(BusinessCalendarDefinition definition)
{
    private static readonly Duration Minute = Duration.FromMinutes(1);
    private readonly DateTimeZone _zone = DateTimeZoneProviders.Tzdb[definition.TimeZoneId];

    public bool IsOpen(Instant instant)
    {
        var local = instant.InZone(_zone).LocalDateTime;
        var time = local.TimeOfDay;
        var inHoliday = definition.Holidays.Any(h => h.Date == local.Date
            && (h.IsWholeDay || (time >= h.ClosedFrom!.Value && (h.ClosedUntil == LocalTime.Midnight || time < h.ClosedUntil!.Value))));
        return !inHoliday && definition.WeeklyHours.Any(i => i.Day == local.DayOfWeek
            && time >= i.Start && (i.End == LocalTime.Midnight || time < i.End));
    }

    public Instant Add(Instant start, Duration businessTime)
    {
        var needed = (long)businessTime.TotalMinutes;
        var t = start;
        for (long counted = 0; counted < needed; t += Minute)
        {
            if (IsOpen(t))
            {
                counted++;
            }
        }

        return t;
    }

    public Duration Between(Instant from, Instant to)
    {
        long minutes = 0;
        for (var t = from; t < to; t += Minute)
        {
            if (IsOpen(t))
            {
                minutes++;
            }
        }

        return Duration.FromMinutes(minutes);
    }

    public Instant NextOpening(Instant instant)
    {
        var t = instant;
        while (!IsOpen(t))
        {
            t += Minute;
        }

        return t;
    }
}
