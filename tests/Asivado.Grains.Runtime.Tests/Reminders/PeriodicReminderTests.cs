using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Reminders;

public sealed class PeriodicReminderTests
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task Sub_minute_period_fires_on_its_grid_and_advances_the_table()
    {
        using var harness = new ReminderTestHarness();
        var service = await harness.StartServiceAsync();
        var grain = ReminderTestHarness.Case("1");
        var firstDue = ReminderTestHarness.Start.AddSeconds(1);
        await service.RegisterOrUpdateAsync(grain, "hold", firstDue, Period);

        await harness.AdvanceToAsync(service, firstDue);
        for (var i = 0; i < 3; i++)
        {
            await harness.AdvanceAsync(service, Period);
        }

        var expected = Enumerable.Range(0, 4).Select(i => firstDue + (i * Period)).ToArray();
        Assert.Equal(expected, harness.Dispatcher.Dispatches.Select(d => d.At).ToArray());
        Assert.Equal(expected, harness.Dispatcher.Dispatches.Select(d => d.Status.CurrentTickTime).ToArray());
        Assert.All(harness.Dispatcher.Dispatches, d => Assert.Equal(Period, d.Status.Period));

        var stored = await harness.Table.ReadAsync(grain, "hold");
        Assert.NotNull(stored);
        Assert.Equal(firstDue + (4 * Period), stored.DueAt);
    }

    [Fact]
    public async Task Does_not_fire_between_grid_instants()
    {
        using var harness = new ReminderTestHarness();
        var service = await harness.StartServiceAsync();
        var firstDue = ReminderTestHarness.Start.AddSeconds(1);
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("1"), "hold", firstDue, Period);

        await harness.AdvanceToAsync(service, firstDue);
        await harness.AdvanceAsync(service, Period - TimeSpan.FromTicks(1));

        Assert.Single(harness.Dispatcher.Dispatches);
    }

    [Fact]
    public async Task A_late_firing_catches_up_once_and_stays_on_the_grid()
    {
        using var harness = new ReminderTestHarness();
        var service = await harness.StartServiceAsync();
        var grain = ReminderTestHarness.Case("1");
        var firstDue = ReminderTestHarness.Start.AddSeconds(1);
        await service.RegisterOrUpdateAsync(grain, "hold", firstDue, Period);

        // One jump over four grid instants: the clock callback runs once, at the end of the jump.
        await harness.AdvanceToAsync(service, firstDue + (3 * Period) + TimeSpan.FromMilliseconds(100));

        Assert.Single(harness.Dispatcher.Dispatches);
        Assert.Equal(firstDue + (4 * Period), (await harness.Table.ReadAsync(grain, "hold"))!.DueAt);

        await harness.AdvanceToAsync(service, firstDue + (4 * Period));
        Assert.Equal(2, harness.Dispatcher.Dispatches.Count);
        Assert.Equal(firstDue + (4 * Period), harness.Dispatcher.Dispatches[1].At);
    }
}
