namespace Asivado.Grains.Runtime.Tests.Reminders;

public sealed class OneShotReminderTests
{
    [Fact]
    public async Task Fires_at_its_exact_instant_and_not_before()
    {
        using var harness = new ReminderTestHarness();
        var service = await harness.StartServiceAsync();
        var dueAt = ReminderTestHarness.Start.AddSeconds(7);
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("1"), "acknowledge", dueAt, TimeSpan.Zero);

        await harness.AdvanceToAsync(service, dueAt.AddTicks(-1));
        Assert.Empty(harness.Dispatcher.Dispatches);

        await harness.AdvanceAsync(service, TimeSpan.FromTicks(1));
        var dispatch = Assert.Single(harness.Dispatcher.Dispatches);
        Assert.Equal(dueAt, dispatch.At);
        Assert.Equal("acknowledge", dispatch.Reminder.Name);
        Assert.Equal(new Runtime.Reminders.TickStatus(dueAt, TimeSpan.Zero, dueAt), dispatch.Status);
        Assert.Null(await harness.Table.ReadAsync(ReminderTestHarness.Case("1"), "acknowledge"));
    }

    [Fact]
    public async Task Fires_only_once()
    {
        using var harness = new ReminderTestHarness();
        var service = await harness.StartServiceAsync();
        var dueAt = ReminderTestHarness.Start.AddSeconds(1);
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("1"), "respond", dueAt, TimeSpan.Zero);

        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(1));
        await harness.AdvanceAsync(service, TimeSpan.FromMinutes(5));

        Assert.Single(harness.Dispatcher.Dispatches);
    }

    [Fact]
    public async Task Registered_in_the_past_fires_at_once()
    {
        using var harness = new ReminderTestHarness();
        var service = await harness.StartServiceAsync();

        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("1"), "overdue", ReminderTestHarness.Start.AddHours(-1), TimeSpan.Zero);
        await service.WhenIdleAsync();

        var dispatch = Assert.Single(harness.Dispatcher.Dispatches);
        Assert.Equal(ReminderTestHarness.Start, dispatch.At);
    }

    [Fact]
    public async Task Unregistered_before_due_never_fires()
    {
        using var harness = new ReminderTestHarness();
        var service = await harness.StartServiceAsync();
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "respond", ReminderTestHarness.Start.AddSeconds(10), TimeSpan.Zero);

        Assert.True(await service.UnregisterAsync(grain, "respond"));
        await harness.AdvanceAsync(service, TimeSpan.FromMinutes(2));

        Assert.Empty(harness.Dispatcher.Dispatches);
        Assert.Null(await service.GetAsync(grain, "respond"));
        Assert.False(await service.UnregisterAsync(grain, "respond"));
    }
}
