using System.Collections.Immutable;
using Asivado.Domain.Calendars;
using NodaTime;
using NodaTime.Text;

namespace Asivado.Domain.Tests;

internal static class TestCalendars
{
    public static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    public static ImmutableArray<OpeningInterval> Weekdays(params (string Start, string End)[] intervals) =>
        [.. from day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
            from interval in intervals
            select new OpeningInterval(day, Time(interval.Start), Time(interval.End))];

    public static ImmutableArray<OpeningInterval> EveryDay(params (string Start, string End)[] intervals) =>
        [.. from day in Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d)
            from interval in intervals
            select new OpeningInterval(day, Time(interval.Start), Time(interval.End))];

    /// <summary>Mon–Fri 09:00–12:00 and 13:00–17:00 (7 h business day), Christmas and New Year holidays.</summary>
    public static BusinessCalendarDefinition Office(string zone = "Europe/London", int version = 1) => new(
        "customer-care",
        version,
        zone,
        Weekdays(("09:00", "12:00"), ("13:00", "17:00")),
        [
            new Holiday(new LocalDate(2025, 12, 25), "Christmas Day"),
            new Holiday(new LocalDate(2025, 12, 26), "Boxing Day"),
            new Holiday(new LocalDate(2026, 1, 1), "New Year's Day"),
            new Holiday(new LocalDate(2025, 1, 15), "Staff training afternoon", new LocalTime(13, 0), new LocalTime(17, 0)),
        ]);

    public static LocalTime Time(string text) => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text).Value;

    public static LocalDateTime Local(string text) => LocalPattern.Parse(text).GetValueOrThrow();

    public static Instant At(this BusinessCalendar calendar, string local) => calendar.Zone.AtStrictly(Local(local)).ToInstant();

    public static string LocalText(this BusinessCalendar calendar, Instant instant) =>
        LocalPattern.Format(instant.InZone(calendar.Zone).LocalDateTime);
}
