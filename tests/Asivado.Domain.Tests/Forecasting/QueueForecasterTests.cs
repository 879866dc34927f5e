using Asivado.Domain.Calendars;
using Asivado.Domain.Forecasting;
using NodaTime;

namespace Asivado.Domain.Tests.Forecasting;

public sealed class QueueForecasterTests
{
    /// <summary>Europe/London, Monday to Friday 09:00–17:00.</summary>
    private static readonly BusinessCalendar Desk = BusinessCalendar.Create(new BusinessCalendarDefinition(
        "desk", 1, "Europe/London", TestCalendars.Weekdays(("09:00", "17:00")), []));

    private static readonly HandlingEstimate HalfHour = new(Duration.FromMinutes(30), 12, false, 0.5);

    private static Instant At(string local) => Desk.At(local);

    private static QueueForecast Forecast(string now, IReadOnlyList<ForecastAgent> agents, IReadOnlyList<ForecastCase> queue, IReadOnlyList<ForecastCase>? assigned = null) =>
        QueueForecaster.Forecast(At(now), Desk, HalfHour, ForecastSettings.Default, agents, assigned ?? [], queue);

    private static ForecastCase Queued(string id, string? due = null) => new(id, due is null ? null : "reply-written", due is null ? null : At(due));

    private static string[] Starts(QueueForecast forecast) => [.. forecast.Cases.Select(c => c.ExpectedStart is { } s ? Desk.LocalText(s) : "unknown")];

    private static string[] Finishes(QueueForecast forecast) => [.. forecast.Cases.Select(c => c.ExpectedFinish is { } f ? Desk.LocalText(f) : "unknown")];

    [Fact]
    public void Queued_cases_take_the_free_capacity_in_queue_order_then_wait_for_the_first_slot_that_frees()
    {
        var forecast = Forecast(
            "2026-01-05 10:00",
            [new ForecastAgent("alice", true, 2, 0)],
            [Queued("A"), Queued("B"), Queued("C", due: "2026-01-05 11:00"), Queued("D", due: "2026-01-05 10:45")]);

        Assert.Equal(["2026-01-05 10:00", "2026-01-05 10:00", "2026-01-05 10:30", "2026-01-05 10:30"], Starts(forecast));
        Assert.Equal(["2026-01-05 10:30", "2026-01-05 10:30", "2026-01-05 11:00", "2026-01-05 11:00"], Finishes(forecast));
        // Finishing exactly when due is in time; a quarter of an hour after is a breach.
        Assert.Equal([false, false, false, true], forecast.Cases.Select(c => c.WillBreach));
        Assert.Equal([1, 2, 3, 4], forecast.Cases.Select(c => c.Position));
        Assert.Equal((1, 2), (forecast.AvailableAgents, forecast.FreeSlots));
        Assert.Equal("3 cases ahead, 1 agent available (2 free now), median handling 30 min (12 handled cases); finishes 15 min after it is due", forecast.Cases[3].Why);
    }

    [Fact]
    public void Slots_in_use_free_when_their_dated_work_finishes_and_undated_work_is_assumed_half_done()
    {
        var forecast = Forecast(
            "2026-01-05 10:00",
            [new ForecastAgent("alice", true, 3, 3)],
            [Queued("X"), Queued("Y"), Queued("Z")],
            assigned:
            [
                new ForecastCase("P", "respond", At("2026-01-05 12:00"), "alice", At("2026-01-05 09:50")),
                new ForecastCase("Q", null, null, "alice", At("2026-01-05 09:20")),
            ]);

        // P finishes at 10:20; Q ran over (09:50) so it is expected now; the third slot's work is undated: 10:15.
        Assert.Equal(["2026-01-05 09:50", "2026-01-05 09:20", "2026-01-05 10:00", "2026-01-05 10:15", "2026-01-05 10:20"], Starts(forecast));
        Assert.Equal(["2026-01-05 10:20", "2026-01-05 10:00", "2026-01-05 10:30", "2026-01-05 10:45", "2026-01-05 10:50"], Finishes(forecast));
        Assert.Equal([null, null, 1, 2, 3], forecast.Cases.Select(c => c.Position));
        Assert.Equal(0, forecast.FreeSlots);
    }

    [Fact]
    public void Agents_not_available_add_no_capacity_and_without_any_the_queue_breaches_during_opening_hours_only()
    {
        IReadOnlyList<ForecastAgent> away = [new ForecastAgent("alice", false, 3, 0), new ForecastAgent("bob", true, 0, 0)];

        var open = Forecast("2026-01-05 10:00", away, [Queued("A", due: "2026-01-05 12:00"), Queued("B")]);
        var closed = Forecast("2026-01-05 18:00", away, [Queued("A", due: "2026-01-06 11:00")]);

        Assert.Equal(["unknown", "unknown"], Starts(open));
        Assert.Equal([true, false], open.Cases.Select(c => c.WillBreach));
        Assert.Equal("0 cases ahead, no agent available", open.Cases[0].Why);
        Assert.Equal(0, open.AvailableAgents);
        Assert.False(closed.Cases[0].WillBreach);
        Assert.Contains("closed", closed.Cases[0].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agent_on_a_break_is_expected_back_after_the_break_return_when_one_is_set()
    {
        IReadOnlyList<ForecastAgent> agents = [new ForecastAgent("alice", true, 1, 0), new ForecastAgent("bob", false, 1, 0, OnBreak: true)];
        IReadOnlyList<ForecastCase> queue = [Queued("A"), Queued("B"), Queued("C")];

        var withBreaks = QueueForecaster.Forecast(At("2026-01-05 10:00"), Desk, HalfHour, ForecastSettings.Default with { BreakReturn = Duration.FromMinutes(30) }, agents, [], queue);
        var without = Forecast("2026-01-05 10:00", agents, queue);

        // bob is back at 10:30 and takes C alongside alice's second case.
        Assert.Equal(["2026-01-05 10:00", "2026-01-05 10:30", "2026-01-05 10:30"], Starts(withBreaks));
        Assert.Equal((1, 1), (withBreaks.AvailableAgents, withBreaks.FreeSlots));
        Assert.Equal("2 cases ahead, 1 agent available (1 free now), 1 on a break (back in 30 min assumed), median handling 30 min (12 handled cases); nothing due", withBreaks.Cases[2].Why);
        Assert.Equal(["2026-01-05 10:00", "2026-01-05 10:30", "2026-01-05 11:00"], Starts(without));
    }

    [Fact]
    public void The_finish_is_in_business_time_across_the_closing_time_and_the_weekend()
    {
        var forecast = Forecast(
            "2026-01-09 16:30",
            [new ForecastAgent("alice", true, 1, 0)],
            [Queued("A", due: "2026-01-09 17:00"), Queued("B", due: "2026-01-12 09:20"), Queued("C", due: "2026-01-12 10:00")]);

        // Friday 16:30: A uses the last half hour; B's slot frees at closing and starts at Monday's opening.
        Assert.Equal(["2026-01-09 16:30", "2026-01-12 09:00", "2026-01-12 09:30"], Starts(forecast));
        Assert.Equal(["2026-01-09 17:00", "2026-01-12 09:30", "2026-01-12 10:00"], Finishes(forecast));
        Assert.Equal([false, true, false], forecast.Cases.Select(c => c.WillBreach));
    }

    [Fact]
    public void A_case_taken_on_just_before_closing_finishes_after_the_weekend()
    {
        var forecast = Forecast("2026-01-09 16:50", [new ForecastAgent("alice", true, 1, 0)], [Queued("A", due: "2026-01-12 09:15")]);

        Assert.Equal(["2026-01-12 09:20"], Finishes(forecast));
        Assert.True(forecast.Cases[0].WillBreach);
    }

    [Fact]
    public void Before_opening_a_free_agent_starts_at_the_opening()
    {
        var forecast = Forecast("2026-01-05 08:00", [new ForecastAgent("alice", true, 1, 0)], [Queued("A")]);

        Assert.Equal(["2026-01-05 09:00"], Starts(forecast));
        Assert.Equal(["2026-01-05 09:30"], Finishes(forecast));
    }
}
