using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Reminders.Polling;

public sealed class PollingFiringTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset Start = ReminderTestHarness.Start;

    [Fact]
    public async Task A_reminder_fires_at_the_first_poll_at_or_after_its_due_instant_and_not_before()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = Interval;
        var service = await harness.StartPollingServiceAsync();
        var grain = ReminderTestHarness.Case("1");
        var dueAt = Start.AddSeconds(15);
        await service.RegisterOrUpdateAsync(grain, "acknowledge", dueAt, TimeSpan.Zero);

        // The poll at +10 s finds it not yet due; between polls nothing fires, though it is due from +15 s.
        await harness.AdvanceToAsync(service, Start.AddSeconds(10));
        await harness.AdvanceToAsync(service, Start.AddSeconds(20).AddTicks(-1));
        Assert.Empty(harness.Dispatcher.Dispatches);

        await harness.AdvanceAsync(service, TimeSpan.FromTicks(1));
        var dispatch = Assert.Single(harness.Dispatcher.Dispatches);
        Assert.Equal(Start.AddSeconds(20), dispatch.At);
        Assert.Equal(new TickStatus(dueAt, TimeSpan.Zero, dueAt), dispatch.Status);
        Assert.Null(await harness.Table.ReadAsync(grain, "acknowledge"));

        await harness.AdvanceAsync(service, Interval);
        Assert.Single(harness.Dispatcher.Dispatches);
    }

    [Fact]
    public async Task A_reminder_due_exactly_at_a_poll_fires_at_that_poll()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = Interval;
        var service = await harness.StartPollingServiceAsync();
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("1"), "respond", Start.AddSeconds(30), TimeSpan.Zero);

        for (var i = 0; i < 3; i++)
        {
            await harness.AdvanceAsync(service, Interval);
        }

        Assert.Equal(Start.AddSeconds(30), Assert.Single(harness.Dispatcher.Dispatches).At);
    }

    [Fact]
    public async Task Every_reminder_fires_once_less_than_one_poll_interval_late()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = Interval;
        var service = await harness.StartPollingServiceAsync();
        var random = new Random(7);
        var due = new Dictionary<string, DateTimeOffset>();
        for (var i = 0; i < 200; i++)
        {
            // Due anywhere in (0, 60 s], to the tick.
            var dueAt = Start.AddTicks(1 + random.NextInt64(60 * TimeSpan.TicksPerSecond));
            due[$"r{i}"] = dueAt;
            await service.RegisterOrUpdateAsync(ReminderTestHarness.Case($"{i}"), $"r{i}", dueAt, TimeSpan.Zero);
        }

        for (var poll = 1; poll <= 7; poll++)
        {
            await harness.AdvanceAsync(service, Interval);
        }

        var dispatches = harness.Dispatcher.Dispatches;
        Assert.Equal(due.Keys.Order(StringComparer.Ordinal), dispatches.Select(d => d.Reminder.Name).Order(StringComparer.Ordinal));
        Assert.All(dispatches, d =>
        {
            var dueAt = due[d.Reminder.Name];
            var firstPollAtOrAfter = Start.AddTicks((long)Math.Ceiling((dueAt - Start).Ticks / (double)Interval.Ticks) * Interval.Ticks);
            Assert.Equal(firstPollAtOrAfter, d.At);
            Assert.InRange(d.At - dueAt, TimeSpan.Zero, Interval - TimeSpan.FromTicks(1));
        });
        Assert.Equal(0, await harness.Table.CountAsync(HashRange.Full));
    }

    [Fact]
    public async Task A_poll_dispatches_what_it_found_in_due_order()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = Interval;
        var service = await harness.StartPollingServiceAsync();
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("1"), "third", Start.AddSeconds(9), TimeSpan.Zero);
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("2"), "first", Start.AddSeconds(1), TimeSpan.Zero);
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("3"), "second", Start.AddSeconds(5), TimeSpan.Zero);

        await harness.AdvanceAsync(service, Interval);

        Assert.Equal(["first", "second", "third"], harness.Dispatcher.Names);
    }

    [Fact]
    public async Task A_periodic_reminder_is_advanced_to_its_next_grid_instant_after_the_poll()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = Interval;
        var service = await harness.StartPollingServiceAsync();
        var grain = ReminderTestHarness.Case("1");
        var period = TimeSpan.FromSeconds(3);
        await service.RegisterOrUpdateAsync(grain, "hold", Start.AddSeconds(5), period);

        await harness.AdvanceAsync(service, Interval);
        Assert.Equal(Start.AddSeconds(11), (await harness.Table.ReadAsync(grain, "hold"))!.DueAt);
        await harness.AdvanceAsync(service, Interval);

        // Due +5 s, fired at the +10 s poll, advanced to +11 s (the first of 5 + 3k after 10); fired at +20 s, advanced to +23 s.
        Assert.Equal([Start.AddSeconds(10), Start.AddSeconds(20)], harness.Dispatcher.Dispatches.Select(d => d.At));
        Assert.Equal([Start.AddSeconds(5), Start.AddSeconds(11)], harness.Dispatcher.Dispatches.Select(d => d.Status.CurrentTickTime));
        Assert.All(harness.Dispatcher.Dispatches, d => Assert.Equal(period, d.Status.Period));
        Assert.Equal(Start.AddSeconds(23), (await harness.Table.ReadAsync(grain, "hold"))!.DueAt);
    }

    [Fact]
    public async Task Reminders_overdue_at_start_fire_once_at_the_first_poll_and_periodic_ones_continue_on_their_grid()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = Interval;
        var oneShot = ReminderTestHarness.Case("1");
        var periodic = ReminderTestHarness.Case("2");
        await harness.Table.UpsertAsync(new ReminderEntry(oneShot, "acknowledge", Start.AddHours(-1), TimeSpan.Zero));
        await harness.Table.UpsertAsync(new ReminderEntry(periodic, "hold", Start.AddHours(-1), TimeSpan.FromMinutes(7)));

        var service = await harness.StartPollingServiceAsync();
        await service.WhenIdleAsync();
        Assert.Equal(["acknowledge", "hold"], harness.Dispatcher.Names);
        Assert.All(harness.Dispatcher.Dispatches, d => Assert.Equal(Start, d.At));
        Assert.Null(await harness.Table.ReadAsync(oneShot, "acknowledge"));

        // 60 min overdue on a 7 min grid: next at -60 + 63 = +3 min.
        Assert.Equal(Start.AddMinutes(3), (await harness.Table.ReadAsync(periodic, "hold"))!.DueAt);
        await harness.AdvanceAsync(service, Interval);
        Assert.Equal(2, harness.Dispatcher.Dispatches.Count);

        await harness.AdvanceToAsync(service, Start.AddMinutes(3));
        Assert.Equal(3, harness.Dispatcher.Dispatches.Count);
        Assert.Equal(Start.AddMinutes(3), harness.Dispatcher.Dispatches[2].At);
    }

    [Fact]
    public async Task Polls_only_its_hash_range()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = Interval;
        var inside = ReminderTestHarness.Case("inside");
        var outside = ReminderTestHarness.Case("outside");
        harness.Options.Range = new HashRange(inside.StableHash, inside.StableHash);
        var service = await harness.StartPollingServiceAsync();
        await service.RegisterOrUpdateAsync(inside, "respond", Start.AddSeconds(1), TimeSpan.Zero);
        await service.RegisterOrUpdateAsync(outside, "respond", Start.AddSeconds(1), TimeSpan.Zero);

        await harness.AdvanceAsync(service, Interval);

        Assert.Equal(inside, Assert.Single(harness.Dispatcher.Dispatches).Reminder.GrainId);
        Assert.NotNull(await harness.Table.ReadAsync(outside, "respond"));
    }
}
