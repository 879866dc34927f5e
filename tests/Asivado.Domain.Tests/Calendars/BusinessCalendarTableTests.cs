using Asivado.Domain.Calendars;
using NodaTime;

namespace Asivado.Domain.Tests.Calendars;

public sealed class BusinessCalendarTableTests
{
    private static readonly BusinessCalendarDefinition SplitShift = new(
        "split", 1, "Europe/London", TestCalendars.Weekdays(("08:00", "12:00"), ("16:00", "20:00")), []);

    private static BusinessCalendarDefinition Nightly(string zone) => new(
        "nightly", 1, zone, TestCalendars.EveryDay(("00:00", "04:00")), []);

    private static BusinessCalendarDefinition AroundTheClock(string zone) => new(
        "always", 1, zone, TestCalendars.EveryDay(("00:00", "00:00")), []);

    public static TheoryData<string, BusinessCalendarDefinition, string, int, string> AddCases => new()
    {
        { "same morning", TestCalendars.Office(), "2025-01-14 10:00", 60, "2025-01-14 11:00" },
        { "ends exactly at lunch: closing time, not reopening", TestCalendars.Office(), "2025-01-14 10:00", 120, "2025-01-14 12:00" },
        { "skips the lunch break", TestCalendars.Office(), "2025-01-14 10:00", 180, "2025-01-14 14:00" },
        { "friday into monday (weekend)", TestCalendars.Office(), "2025-01-17 16:00", 120, "2025-01-20 10:00" },
        { "saturday contact waits for monday", TestCalendars.Office(), "2025-01-11 10:00", 60, "2025-01-13 10:00" },
        { "evening contact, one business day (wed afternoon closed)", TestCalendars.Office(), "2025-01-14 20:00", 420, "2025-01-16 14:00" },
        { "evening contact, one business day", TestCalendars.Office(), "2025-01-20 20:00", 420, "2025-01-21 17:00" },
        { "contact at closing time", TestCalendars.Office(), "2025-01-14 17:00", 60, "2025-01-15 10:00" },
        { "contact before opening", TestCalendars.Office(), "2025-01-14 06:30", 30, "2025-01-14 09:30" },
        { "part-day holiday closes the afternoon", TestCalendars.Office(), "2025-01-15 11:00", 120, "2025-01-16 10:00" },
        { "christmas and boxing day skipped", TestCalendars.Office(), "2025-12-24 16:00", 120, "2025-12-29 10:00" },
        { "year end and new year's day", TestCalendars.Office(), "2025-12-31 16:00", 120, "2026-01-02 10:00" },
        { "seven business days, minus the closed wed afternoon", TestCalendars.Office(), "2025-01-14 10:00", 7 * 420, "2025-01-23 15:00" },
        { "split shift skips the afternoon gap", SplitShift, "2025-01-13 11:00", 120, "2025-01-13 17:00" },
        { "split shift evening into next morning", SplitShift, "2025-01-13 19:00", 120, "2025-01-14 09:00" },
        { "london spring forward: 02:00-03:00 does not exist", Nightly("Europe/London"), "2025-03-30 00:00", 180, "2025-03-30 04:00" },
        { "london spring forward: next night continues", Nightly("Europe/London"), "2025-03-30 00:00", 210, "2025-03-31 00:30" },
        { "london fall back: 01:00-02:00 happens twice", Nightly("Europe/London"), "2025-10-26 00:00", 300, "2025-10-26 04:00" },
        { "london fall back: four real hours reach 03:00", Nightly("Europe/London"), "2025-10-26 00:00", 240, "2025-10-26 03:00" },
        { "london 24h across spring forward", AroundTheClock("Europe/London"), "2025-03-29 23:00", 180, "2025-03-30 03:00" },
        { "london office over the spring weekend", TestCalendars.Office(), "2025-03-28 16:00", 120, "2025-03-31 10:00" },
        { "new york spring forward", Nightly("America/New_York"), "2025-03-09 00:00", 180, "2025-03-09 04:00" },
        { "new york fall back", Nightly("America/New_York"), "2025-11-02 00:00", 300, "2025-11-02 04:00" },
        { "new york 24h across fall back", AroundTheClock("America/New_York"), "2025-11-01 23:00", 240, "2025-11-02 02:00" },
        { "new york office over the autumn weekend", TestCalendars.Office("America/New_York"), "2025-10-31 16:00", 120, "2025-11-03 10:00" },
    };

    [Theory]
    [MemberData(nameof(AddCases))]
    public void Add_lands_on_the_expected_local_time(string name, BusinessCalendarDefinition definition, string start, int minutes, string expected)
    {
        var calendar = BusinessCalendar.Create(definition);

        var due = calendar.Add(calendar.At(start), Duration.FromMinutes(minutes));

        Assert.True(expected == calendar.LocalText(due), $"{name}: expected {expected}, got {calendar.LocalText(due)}");
        Assert.Equal(Duration.FromMinutes(minutes), calendar.BusinessTimeBetween(calendar.At(start), due));
    }

    public static TheoryData<BusinessCalendarDefinition, string, string, int> BetweenCases => new()
    {
        { TestCalendars.Office(), "2025-01-17 16:00", "2025-01-20 10:00", 120 },
        { TestCalendars.Office(), "2025-01-14 11:30", "2025-01-14 13:30", 60 },
        { TestCalendars.Office(), "2025-12-24 09:00", "2025-12-29 09:00", 420 },
        { TestCalendars.Office(), "2025-01-11 00:00", "2025-01-12 23:00", 0 },
        { Nightly("Europe/London"), "2025-10-26 00:00", "2025-10-26 05:00", 300 },
        { Nightly("Europe/London"), "2025-03-30 00:00", "2025-03-30 05:00", 180 },
        { Nightly("America/New_York"), "2025-11-01 12:00", "2025-11-02 12:00", 300 },
    };

    [Theory]
    [MemberData(nameof(BetweenCases))]
    public void Business_time_between_two_instants(BusinessCalendarDefinition definition, string from, string to, int expectedMinutes)
    {
        var calendar = BusinessCalendar.Create(definition);

        Assert.Equal(Duration.FromMinutes(expectedMinutes), calendar.BusinessTimeBetween(calendar.At(from), calendar.At(to)));
    }

    [Theory]
    [InlineData("2025-01-14 10:00", true)]
    [InlineData("2025-01-14 12:00", false)]
    [InlineData("2025-01-14 12:59", false)]
    [InlineData("2025-01-14 13:00", true)]
    [InlineData("2025-01-14 17:00", false)]
    [InlineData("2025-01-15 14:00", false)]
    [InlineData("2025-01-18 10:00", false)]
    [InlineData("2025-12-25 10:00", false)]
    public void Is_open(string local, bool expected)
    {
        var calendar = BusinessCalendar.Create(TestCalendars.Office());

        Assert.Equal(expected, calendar.IsOpen(calendar.At(local)));
    }

    [Theory]
    [InlineData("2025-01-14 10:00", "2025-01-14 10:00")]
    [InlineData("2025-01-14 12:15", "2025-01-14 13:00")]
    [InlineData("2025-01-17 17:30", "2025-01-20 09:00")]
    [InlineData("2025-01-15 12:30", "2025-01-16 09:00")]
    [InlineData("2025-12-24 17:00", "2025-12-29 09:00")]
    [InlineData("2025-12-31 18:00", "2026-01-02 09:00")]
    public void Next_opening(string local, string expected)
    {
        var calendar = BusinessCalendar.Create(TestCalendars.Office());

        Assert.Equal(expected, calendar.LocalText(calendar.NextOpening(calendar.At(local))));
    }

    [Fact]
    public void Default_business_day_is_weekly_open_time_per_open_weekday()
    {
        Assert.Equal(Duration.FromHours(7), BusinessCalendar.Create(TestCalendars.Office()).BusinessDayLength);
        Assert.Equal(Duration.FromHours(8), BusinessCalendar.Create(TestCalendars.Office() with { BusinessDayLength = Duration.FromHours(8) }).BusinessDayLength);
    }

    public static TheoryData<BusinessCalendarDefinition, string> InvalidDefinitions => new()
    {
        { TestCalendars.Office() with { TimeZoneId = "Mars/Olympus_Mons" }, "timeZoneId" },
        { TestCalendars.Office() with { WeeklyHours = [] }, "weeklyHours" },
        { TestCalendars.Office() with { WeeklyHours = [new OpeningInterval(IsoDayOfWeek.Monday, new LocalTime(17, 0), new LocalTime(9, 0))] }, "weeklyHours[0].end" },
        { TestCalendars.Office() with { Holidays = [new Holiday(new LocalDate(2025, 1, 1), "x", new LocalTime(12, 0), null)] }, "holidays[0]" },
        { TestCalendars.Office() with { Version = 0 }, "version" },
        { TestCalendars.Office() with { CalendarId = " " }, "calendarId" },
    };

    [Theory]
    [MemberData(nameof(InvalidDefinitions))]
    public void Invalid_definition_names_the_field(BusinessCalendarDefinition definition, string field)
    {
        var error = Assert.Throws<CalendarDefinitionException>(() => BusinessCalendar.Create(definition));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Catalog_keeps_old_versions_and_rejects_stale_ones()
    {
        var catalog = new CalendarCatalog();
        catalog.Publish(TestCalendars.Office(version: 1));
        catalog.Publish(TestCalendars.Office(version: 2) with { WeeklyHours = TestCalendars.Weekdays(("08:00", "18:00")) });

        Assert.Equal(Duration.FromHours(7), catalog.Get(new CalendarReference("customer-care", 1)).BusinessDayLength);
        Assert.Equal(Duration.FromHours(10), catalog.Latest("customer-care").BusinessDayLength);
        var error = Assert.Throws<CalendarDefinitionException>(() => catalog.Publish(TestCalendars.Office(version: 2)));
        Assert.Equal("version", error.Field);
    }
}
