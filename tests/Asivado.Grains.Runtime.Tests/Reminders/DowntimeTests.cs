namespace Asivado.Grains.Runtime.Tests.Reminders;

public sealed class DowntimeTests
{
    [Fact]
    public async Task A_one_shot_that_fell_due_while_down_fires_exactly_once_at_start_up()
    {
        using var harness = new ReminderTestHarness();
        var grain = ReminderTestHarness.Case("1");
        var first = await harness.StartServiceAsync();
        var dueAt = ReminderTestHarness.Start.AddSeconds(10);
        await first.RegisterOrUpdateAsync(grain, "acknowledge", dueAt, TimeSpan.Zero);
        await first.StopAsync(CancellationToken.None);

        harness.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.Empty(harness.Dispatcher.Dispatches);

        var second = await harness.StartServiceAsync();
        await second.WhenIdleAsync();
        await harness.AdvanceAsync(second, TimeSpan.FromMinutes(5));

        var dispatch = Assert.Single(harness.Dispatcher.Dispatches);
        Assert.Equal(ReminderTestHarness.Start.AddMinutes(30), dispatch.At);
        Assert.Equal(dueAt, dispatch.Status.CurrentTickTime);
        Assert.Null(await harness.Table.ReadAsync(grain, "acknowledge"));
    }

    [Fact]
    public async Task A_periodic_that_missed_several_periods_fires_once_then_continues_on_its_grid()
    {
        using var harness = new ReminderTestHarness();
        var grain = ReminderTestHarness.Case("1");
        var period = TimeSpan.FromSeconds(10);
        var firstDue = ReminderTestHarness.Start.AddSeconds(10);
        var first = await harness.StartServiceAsync();
        await first.RegisterOrUpdateAsync(grain, "hold", firstDue, period);
        await first.StopAsync(CancellationToken.None);

        // Down for 5 periods and 5 s: due instants +10 s ... +50 s were missed.
        harness.Time.Advance(TimeSpan.FromSeconds(55));
        var second = await harness.StartServiceAsync();
        await second.WhenIdleAsync();

        var catchUp = Assert.Single(harness.Dispatcher.Dispatches);
        Assert.Equal(ReminderTestHarness.Start.AddSeconds(55), catchUp.At);
        Assert.Equal(ReminderTestHarness.Start.AddSeconds(60), (await harness.Table.ReadAsync(grain, "hold"))!.DueAt);

        await harness.AdvanceAsync(second, TimeSpan.FromSeconds(5));
        await harness.AdvanceAsync(second, period);

        Assert.Equal(
            new[] { ReminderTestHarness.Start.AddSeconds(55), ReminderTestHarness.Start.AddSeconds(60), ReminderTestHarness.Start.AddSeconds(70) },
            harness.Dispatcher.Dispatches.Select(d => d.At).ToArray());
    }

    [Fact]
    public async Task A_stopped_service_fires_nothing()
    {
        using var harness = new ReminderTestHarness();
        var service = await harness.StartServiceAsync();
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("1"), "respond", ReminderTestHarness.Start.AddSeconds(1), TimeSpan.Zero);
        await service.StopAsync(CancellationToken.None);

        await harness.AdvanceAsync(service, TimeSpan.FromMinutes(2));

        Assert.Empty(harness.Dispatcher.Dispatches);
        Assert.NotNull(await harness.Table.ReadAsync(ReminderTestHarness.Case("1"), "respond"));
    }

    [Fact]
    public async Task Stop_waits_for_dispatches_in_flight()
    {
        using var harness = new ReminderTestHarness();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Dispatcher.Behaviour = _ => release.Task;
        var service = await harness.StartServiceAsync();
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "respond", ReminderTestHarness.Start.AddSeconds(1), TimeSpan.Zero);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Single(harness.Dispatcher.Dispatches);

        var stopping = service.StopAsync(CancellationToken.None);
        Assert.False(stopping.IsCompleted);

        release.SetResult();
        await stopping;
        Assert.Null(await harness.Table.ReadAsync(grain, "respond"));
    }

    [Fact]
    public async Task Starting_twice_is_rejected()
    {
        using var harness = new ReminderTestHarness();
        var service = await harness.StartServiceAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => service.StartAsync(CancellationToken.None));
    }
}
