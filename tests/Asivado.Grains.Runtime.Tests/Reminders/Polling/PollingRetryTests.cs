namespace Asivado.Grains.Runtime.Tests.Reminders.Polling;

public sealed class PollingRetryTests
{
    private static readonly DateTimeOffset Start = ReminderTestHarness.Start;

    [Fact]
    public async Task A_failing_dispatch_is_retried_at_the_first_poll_after_a_doubling_back_off_and_kept_in_the_table()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = TimeSpan.FromSeconds(1);
        harness.Options.InitialRetryDelay = TimeSpan.FromSeconds(2);
        harness.Options.MaxRetryDelay = TimeSpan.FromSeconds(4);
        var failuresLeft = 3;
        harness.Dispatcher.Behaviour = _ => Interlocked.Decrement(ref failuresLeft) >= 0
            ? Task.FromException(new InvalidOperationException("grain unavailable"))
            : Task.CompletedTask;
        var service = await harness.StartPollingServiceAsync();
        var grain = ReminderTestHarness.Case("1");
        var dueAt = Start.AddSeconds(1);
        await service.RegisterOrUpdateAsync(grain, "respond", dueAt, TimeSpan.Zero);

        var dispatchesAfterEachPoll = new List<int>();
        for (var second = 1; second <= 12; second++)
        {
            await harness.AdvanceAsync(service, TimeSpan.FromSeconds(1));
            dispatchesAfterEachPoll.Add(harness.Dispatcher.Dispatches.Count);
            if (second == 10)
            {
                Assert.NotNull(await harness.Table.ReadAsync(grain, "respond"));
            }
        }

        // Failed at +1 s (retry after 2 s), +3 s (after 4 s), +7 s (after 4 s: capped, not 8 s); succeeded at +11 s.
        Assert.Equal([1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4], dispatchesAfterEachPoll);
        Assert.Equal([dueAt, Start.AddSeconds(3), Start.AddSeconds(7), Start.AddSeconds(11)], harness.Dispatcher.Dispatches.Select(d => d.At));
        Assert.All(harness.Dispatcher.Dispatches, d => Assert.Equal(dueAt, d.Status.CurrentTickTime));
        Assert.Null(await harness.Table.ReadAsync(grain, "respond"));
    }

    [Fact]
    public async Task A_retry_whose_back_off_is_shorter_than_the_interval_waits_for_the_next_poll()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = TimeSpan.FromSeconds(10);
        var failed = 0;
        harness.Dispatcher.Behaviour = _ => Interlocked.Exchange(ref failed, 1) == 0
            ? Task.FromException(new InvalidOperationException("grain unavailable"))
            : Task.CompletedTask;
        var service = await harness.StartPollingServiceAsync();
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("1"), "respond", Start.AddSeconds(10), TimeSpan.Zero);

        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(10));
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(9));
        Assert.Single(harness.Dispatcher.Dispatches);
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(1));

        Assert.Equal([Start.AddSeconds(10), Start.AddSeconds(20)], harness.Dispatcher.Dispatches.Select(d => d.At));
        Assert.Equal(0, service.PendingCount());
    }

    [Fact]
    public async Task A_re_registration_during_a_dispatch_is_kept_and_fires_at_its_own_due_instant()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = TimeSpan.FromSeconds(1);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Dispatcher.Behaviour = _ => release.Task;
        var service = await harness.StartPollingServiceAsync();
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "respond", Start.AddSeconds(1), TimeSpan.Zero);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Single(harness.Dispatcher.Dispatches);

        var newDue = Start.AddSeconds(20);
        var reRegistered = await service.RegisterOrUpdateAsync(grain, "respond", newDue, TimeSpan.Zero);
        release.SetResult();
        await service.WhenIdleAsync();

        Assert.Equal(reRegistered, await harness.Table.ReadAsync(grain, "respond"));
        harness.Dispatcher.Behaviour = _ => Task.CompletedTask;
        await harness.AdvanceToAsync(service, newDue);
        Assert.Equal([Start.AddSeconds(1), newDue], harness.Dispatcher.Dispatches.Select(d => d.At));
        Assert.Equal(reRegistered.ETag, harness.Dispatcher.Dispatches[1].Reminder.ETag);
    }

    [Fact]
    public async Task A_periodic_re_registered_during_a_dispatch_is_not_advanced_over()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = TimeSpan.FromSeconds(1);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Dispatcher.Behaviour = _ => release.Task;
        var service = await harness.StartPollingServiceAsync();
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "hold", Start.AddSeconds(1), TimeSpan.FromSeconds(1));
        harness.Time.Advance(TimeSpan.FromSeconds(1));

        var reRegistered = await service.RegisterOrUpdateAsync(grain, "hold", Start.AddSeconds(30), TimeSpan.FromSeconds(5));
        release.SetResult();
        await service.WhenIdleAsync();

        Assert.Equal(reRegistered, await harness.Table.ReadAsync(grain, "hold"));
    }

    [Fact]
    public async Task Unregistering_during_a_failing_dispatch_stops_the_retries()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = TimeSpan.FromSeconds(1);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Dispatcher.Behaviour = _ => release.Task;
        var service = await harness.StartPollingServiceAsync();
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "respond", Start.AddSeconds(1), TimeSpan.Zero);
        harness.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(await service.UnregisterAsync(grain, "respond"));
        release.SetException(new InvalidOperationException("grain unavailable"));
        await service.WhenIdleAsync();
        for (var i = 0; i < 5; i++)
        {
            await harness.AdvanceAsync(service, TimeSpan.FromMinutes(1));
        }

        Assert.Single(harness.Dispatcher.Dispatches);
        Assert.Equal(0, service.PendingCount());
    }
}
