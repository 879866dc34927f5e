using Asivado.Domain.Calendars;
using Asivado.Domain.Deadlines;
using Asivado.Domain.Policies;

namespace Asivado.Domain.Tests.Deadlines;

/// <summary>The office calendar (v1: 7 h days; v2: 08–12 + 13–18, 9 h days) and the two default policies.</summary>
internal sealed class DeadlineFixture
{
    public DeadlineFixture()
    {
        Calendars.Publish(TestCalendars.Office());
        Calendars.Publish(TestCalendars.Office(version: 2) with { WeeklyHours = TestCalendars.Weekdays(("08:00", "12:00"), ("13:00", "18:00")) });
        Calculator = new DeadlineCalculator(Policies, Calendars);
    }

    public PolicyCatalog Policies { get; } = PolicyCatalog.WithDefaults();

    public CalendarCatalog Calendars { get; } = new();

    public DeadlineCalculator Calculator { get; }

    public BusinessCalendar Office => Calendars.Get(V1);

    public static CalendarReference V1 { get; } = new("customer-care", 1);

    public static CalendarReference V2 { get; } = new("customer-care", 2);

    public static PolicyReference Standard { get; } = DefaultPolicies.CustomerServiceStandard.Reference;

    public static PolicyReference Ancs { get; } = DefaultPolicies.Ancs12356.Reference;

    public DeadlineClock Clock(string targetId, string startLocal, PolicyReference? policy = null) =>
        Calculator.StartClock(targetId, Office.At(startLocal), policy ?? Standard, V1);

    public string Local(NodaTime.Instant? instant) => instant is { } value ? Office.LocalText(value) : "paused";
}
