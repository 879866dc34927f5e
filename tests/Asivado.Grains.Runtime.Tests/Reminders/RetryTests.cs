namespace Asivado.Grains.Runtime.Tests.Reminders;

public sealed class RetryTests
{
    [Fact]
    public async Task A_failing_dispatch_is_retried_after_a_doubling_back_off_and_kept_in_the_table()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.InitialRetryDelay = TimeSpan.FromSeconds(1);
        harness.Options.MaxRetryDelay = TimeSpan.FromSeconds(3);
        var failuresLeft = 3;
        harness.Dispatcher.Behaviour = _ => Interlocked.Decrement(ref failuresLeft) >= 0
            ? Task.FromException(new InvalidOperationException("grain unavailable"))
            : Task.CompletedTask;
        var service = await harness.StartServiceAsync();
        var grain = ReminderTestHarness.Case("1");
        var dueAt = ReminderTestHarness.Start.AddSeconds(5);
        await service.RegisterOrUpdateAsync(grain, "respond", dueAt, TimeSpan.Zero);

        await harness.AdvanceToAsync(service, dueAt);
        Assert.Single(harness.Dispatcher.Dispatches);
        Assert.NotNull(await harness.Table.ReadAsync(grain, "respond"));

        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(1) - TimeSpan.FromTicks(1));
        Assert.Single(harness.Dispatcher.Dispatches);
        await harness.AdvanceAsync(service, TimeSpan.FromTicks(1));
        Assert.Equal(2, harness.Dispatcher.Dispatches.Count);

        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(2));
        Assert.Equal(3, harness.Dispatcher.Dispatches.Count);
        Assert.NotNull(await harness.Table.ReadAsync(grain, "respond"));

        // Capped at MaxRetryDelay (3 s), not 4 s.
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(3));

        Assert.Equal(
            new[] { dueAt, dueAt.AddSeconds(1), dueAt.AddSeconds(3), dueAt.AddSeconds(6) },
            harness.Dispatcher.Dispatches.Select(d => d.At).ToArray());
        Assert.All(harness.Dispatcher.Dispatches, d => Assert.Equal(dueAt, d.Status.CurrentTickTime));
        Assert.Null(await harness.Table.ReadAsync(grain, "respond"));
    }

    [Fact]
    public async Task A_re_registration_during_a_dispatch_is_kept()
    {
        using var harness = new ReminderTestHarness();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Dispatcher.Behaviour = _ => release.Task;
        var service = await harness.StartServiceAsync();
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "respond", ReminderTestHarness.Start.AddSeconds(1), TimeSpan.Zero);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Single(harness.Dispatcher.Dispatches);

        var newDue = ReminderTestHarness.Start.AddSeconds(20);
        var reRegistered = await service.RegisterOrUpdateAsync(grain, "respond", newDue, TimeSpan.Zero);
        release.SetResult();
        await service.WhenIdleAsync();

        Assert.Equal(reRegistered, await harness.Table.ReadAsync(grain, "respond"));
        harness.Dispatcher.Behaviour = _ => Task.CompletedTask;
        await harness.AdvanceToAsync(service, newDue);
        Assert.Equal(new[] { ReminderTestHarness.Start.AddSeconds(1), newDue }, harness.Dispatcher.Dispatches.Select(d => d.At).ToArray());
    }

    [Fact]
    public async Task A_periodic_re_registered_during_a_dispatch_is_not_advanced_over()
    {
        using var harness = new ReminderTestHarness();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Dispatcher.Behaviour = _ => release.Task;
        var service = await harness.StartServiceAsync();
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "hold", ReminderTestHarness.Start.AddSeconds(1), TimeSpan.FromSeconds(1));
        harness.Time.Advance(TimeSpan.FromSeconds(1));

        var reRegistered = await service.RegisterOrUpdateAsync(grain, "hold", ReminderTestHarness.Start.AddSeconds(30), TimeSpan.FromSeconds(5));
        release.SetResult();
        await service.WhenIdleAsync();

        Assert.Equal(reRegistered, await harness.Table.ReadAsync(grain, "hold"));
    }

    [Fact]
    public async Task Unregistering_during_a_failing_dispatch_stops_the_retries()
    {
        using var harness = new ReminderTestHarness();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Dispatcher.Behaviour = _ => release.Task;
        var service = await harness.StartServiceAsync();
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "respond", ReminderTestHarness.Start.AddSeconds(1), TimeSpan.Zero);
        harness.Time.Advance(TimeSpan.FromSeconds(1));

        await service.UnregisterAsync(grain, "respond");
        release.SetException(new InvalidOperationException("grain unavailable"));
        await service.WhenIdleAsync();
        await harness.AdvanceAsync(service, TimeSpan.FromMinutes(5));

        Assert.Single(harness.Dispatcher.Dispatches);
        Assert.Equal(0, service.PendingCount());
    }
}
