using Asivado.Domain.Calendars;
using Asivado.Domain.Policies;
using Asivado.Grains.Organisation;
using Asivado.Grains.Organisation.Demo;
using NodaTime;
using Xunit;

namespace Asivado.Grains.Tests.Organisation;

public sealed class DemoOrganisationTests
{
    private static readonly OrganisationDirectory Demo = DemoOrganisation.Load();

    [Fact]
    public void It_has_three_departments_each_with_its_agents_lead_and_manager()
    {
        Assert.Equal(["customer-care", "billing", "technical"], Demo.Departments.Select(d => d.Id));
        AssertDepartment("customer-care", ["ada", "ben", "cleo", "lena", "maria", "ines"], "lena");
        AssertDepartment("billing", ["dev", "eli", "omar"], "omar");
        AssertDepartment("technical", ["fay", "gus", "pat"], "pat");
    }

    [Fact]
    public void Agents_carry_three_leads_two_and_everyone_has_a_real_name()
    {
        Assert.All(Demo.People.Where(p => p.Role == StaffRole.Agent), p => Assert.Equal(3, p.Capacity));
        Assert.All(Demo.People.Where(p => p.Role == StaffRole.Lead), p => Assert.Equal(2, p.Capacity));
        Assert.Equal(["lena", "omar", "pat"], Demo.People.Where(p => p.Role == StaffRole.Lead).Select(p => p.Id));
        Assert.Equal(StaffRole.Manager, Demo.FindPerson("maria")!.Role);
        Assert.Equal(StaffRole.Admin, Demo.FindPerson("ines")!.Role);
        Assert.All(Demo.People, p => Assert.Matches(@"^[A-Z][a-z]+ [A-Z][a-z]+$", p.Name));
    }

    [Fact]
    public void Every_department_takes_calls_under_both_seed_policies_on_the_head_office_calendar()
    {
        var expected = new[] { new PolicyReference(DefaultPolicies.CustomerServiceStandardId, 1), new PolicyReference(DefaultPolicies.Ancs12356Id, 1) };
        Assert.All(Demo.Departments, d =>
        {
            Assert.Equal(new CalendarReference("head-office", 1), d.Calendar);
            Assert.Equal(expected, d.Policies);
        });
    }

    [Fact]
    public void The_head_office_day_is_split_with_a_lunch_hour_and_lasts_eight_business_hours()
    {
        var calendar = Demo.Calendars.Latest("head-office");
        var monday = new LocalDate(2026, 1, 5);
        Instant London(int hour, int minute) => monday.At(new LocalTime(hour, minute)).InZoneStrictly(calendar.Zone).ToInstant();

        Assert.Equal("Europe/London", calendar.Zone.Id);
        Assert.Equal(Duration.FromHours(8), calendar.BusinessDayLength);
        Assert.Equal(
            [new OpenSpan(London(8, 30), London(12, 30)), new OpenSpan(London(13, 30), London(17, 30))],
            calendar.OpenSpans(London(0, 0), London(23, 59)));
        Assert.Empty(calendar.OpenSpans(London(0, 0).Plus(Duration.FromDays(5)), London(0, 0).Plus(Duration.FromDays(7))));
    }

    [Fact]
    public void It_knows_the_english_bank_holidays_of_2026_and_2027()
    {
        var holidays = Demo.Calendars.Latest("head-office").Definition.Holidays;

        Assert.Equal(16, holidays.Length);
        Assert.All(holidays, h => Assert.True(h.IsWholeDay));
        Assert.All(holidays, h => Assert.InRange((int)h.Date.DayOfWeek, (int)IsoDayOfWeek.Monday, (int)IsoDayOfWeek.Friday));
        foreach (var year in new[] { 2026, 2027 })
        {
            var dates = holidays.Where(h => h.Date.Year == year).Select(h => h.Date).ToList();
            var easter = EasterSunday(year);
            Assert.Equal(8, dates.Count);
            Assert.Contains(easter.PlusDays(-2), dates);
            Assert.Contains(easter.PlusDays(1), dates);
            Assert.Contains(LastMonday(year, 5), dates);
            Assert.Contains(LastMonday(year, 8), dates);
            Assert.Contains(FirstMonday(year, 5), dates);
        }

        Assert.Equal(
            [new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 28), new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 27), new LocalDate(2027, 12, 28)],
            holidays.Select(h => h.Date).Where(d => d.Month is 1 or 12).Order());
    }

    [Fact]
    public void The_calendar_is_closed_on_a_bank_holiday()
    {
        var calendar = Demo.Calendars.Latest("head-office");
        var goodFriday10am = new LocalDate(2026, 4, 3).At(new LocalTime(10, 0)).InZoneStrictly(calendar.Zone).ToInstant();

        Assert.False(calendar.IsOpen(goodFriday10am));
        Assert.Equal(
            new LocalDate(2026, 4, 7).At(new LocalTime(8, 30)).InZoneStrictly(calendar.Zone).ToInstant(),
            calendar.NextOpening(goodFriday10am));
    }

    private static void AssertDepartment(string id, string[] members, string lead)
    {
        var department = Demo.FindDepartment(id)!;
        Assert.Equal(members, department.MemberIds);
        Assert.Equal([lead], department.LeadIds);
        Assert.Equal("maria", department.ManagerId);
    }

    /// <summary>The anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    private static LocalDate EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    private static LocalDate FirstMonday(int year, int month) =>
        new LocalDate(year, month, 1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Monday));

    private static LocalDate LastMonday(int year, int month) =>
        new LocalDate(year, month, 1).With(DateAdjusters.EndOfMonth).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
}
