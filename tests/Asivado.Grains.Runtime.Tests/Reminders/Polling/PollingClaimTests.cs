using System.Collections.Concurrent;

namespace Asivado.Grains.Runtime.Tests.Reminders.Polling;

/// <summary>What a poll claims: never a reminder already in flight or queued, never a version that changed during its read.</summary>
public sealed class PollingClaimTests
{
    private static readonly DateTimeOffset Start = ReminderTestHarness.Start;

    [Fact]
    public async Task A_reminder_in_flight_is_not_dispatched_again_by_later_polls()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = TimeSpan.FromSeconds(1);
        var table = new GatedReminderTable(harness.Table);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Dispatcher.Behaviour = _ => release.Task;
        var service = await harness.StartPollingServiceAsync(table);
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "respond", Start.AddSeconds(1), TimeSpan.Zero);

        for (var i = 0; i < 4; i++)
        {
            harness.Time.Advance(TimeSpan.FromSeconds(1));
        }

        // Start-up poll and four more, each of which read the row while its dispatch was open.
        Assert.Equal(5, table.DueReads);
        Assert.Single(harness.Dispatcher.Dispatches);
        Assert.Equal(1, service.PendingCount());

        release.SetResult();
        await service.WhenIdleAsync();
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(1));

        Assert.Single(harness.Dispatcher.Dispatches);
        Assert.Null(await harness.Table.ReadAsync(grain, "respond"));
        Assert.Equal(0, service.PendingCount());
    }

    [Fact]
    public async Task At_most_the_concurrency_limit_runs_at_once_the_rest_waits_in_due_order_and_is_not_claimed_twice()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = TimeSpan.FromSeconds(10);
        harness.Options.MaxConcurrentDispatches = 2;
        var gates = new ConcurrentDictionary<string, TaskCompletionSource>();
        var started = new ConcurrentDictionary<string, TaskCompletionSource>();
        harness.Dispatcher.Behaviour = entry =>
        {
            Signal(started, entry.Name).TrySetResult();
            return Signal(gates, entry.Name).Task;
        };
        var service = await harness.StartPollingServiceAsync();
        for (var i = 4; i >= 0; i--)
        {
            await service.RegisterOrUpdateAsync(ReminderTestHarness.Case($"{i}"), $"r{i}", Start.AddSeconds(1 + i), TimeSpan.Zero);
        }

        harness.Time.Advance(TimeSpan.FromSeconds(10));
        harness.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(["r0", "r1"], harness.Dispatcher.Names);
        Assert.Equal(5, service.PendingCount());

        gates["r0"].SetResult();
        await Signal(started, "r2").Task;
        Assert.Equal(["r0", "r1", "r2"], harness.Dispatcher.Names);

        foreach (var name in new[] { "r1", "r2", "r3", "r4" })
        {
            Signal(gates, name).TrySetResult();
        }

        await service.WhenIdleAsync();
        Assert.Equal(["r0", "r1", "r2", "r3", "r4"], harness.Dispatcher.Names);
        Assert.Equal(0, await harness.Table.CountAsync(Runtime.Reminders.HashRange.Full));
    }

    [Fact]
    public async Task A_reminder_unregistered_during_a_poll_read_is_not_dispatched_from_the_stale_row()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = TimeSpan.FromSeconds(1);
        var table = new GatedReminderTable(harness.Table);
        var service = await harness.StartPollingServiceAsync(table);
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "respond", Start.AddSeconds(1), TimeSpan.Zero);
        var gate = table.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, table.DueReads);
        Assert.True(await service.UnregisterAsync(grain, "respond"));
        table.Gate = null;
        gate.SetResult();
        await service.WhenIdleAsync();
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(1));

        Assert.Empty(harness.Dispatcher.Dispatches);
    }

    [Fact]
    public async Task A_registration_during_a_poll_read_is_left_to_the_next_poll_and_fires_once_in_its_new_version()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = TimeSpan.FromSeconds(1);
        var table = new GatedReminderTable(harness.Table);
        var service = await harness.StartPollingServiceAsync(table);
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "respond", Start.AddSeconds(1), TimeSpan.Zero);
        var gate = table.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var reRegistered = await service.RegisterOrUpdateAsync(grain, "respond", Start.AddMilliseconds(1500), TimeSpan.Zero);
        table.Gate = null;
        gate.SetResult();
        await service.WhenIdleAsync();
        Assert.Empty(harness.Dispatcher.Dispatches);

        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(1));
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(1));

        var dispatch = Assert.Single(harness.Dispatcher.Dispatches);
        Assert.Equal(reRegistered.ETag, dispatch.Reminder.ETag);
        Assert.Equal(Start.AddSeconds(2), dispatch.At);
    }

    [Fact]
    public async Task A_dispatch_that_finishes_during_a_poll_read_is_not_dispatched_again_from_the_stale_row()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = TimeSpan.FromSeconds(1);
        var table = new GatedReminderTable(harness.Table);

        // Released on a pool thread (no synchronisation context), the dispatch's continuations run inline, so the
        // dispatch has finished (row removed, claim dropped) when Task.Run completes; asserted below.
        var release = new TaskCompletionSource();
        harness.Dispatcher.Behaviour = _ => release.Task;
        var service = await harness.StartPollingServiceAsync(table);
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "respond", Start.AddSeconds(1), TimeSpan.Zero);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Single(harness.Dispatcher.Dispatches);

        // The next poll reads the row while the dispatch is open; the dispatch finishes (and removes the row) before
        // the poll claims what it read.
        var gate = table.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(3, table.DueReads);
        await Task.Run(release.SetResult);
        Assert.Equal(0, service.PendingCount());
        Assert.Null(await harness.Table.ReadAsync(grain, "respond"));

        table.Gate = null;
        gate.SetResult();
        await service.WhenIdleAsync();
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(1));

        Assert.Single(harness.Dispatcher.Dispatches);
        Assert.Null(await harness.Table.ReadAsync(grain, "respond"));
    }

    private static TaskCompletionSource Signal(ConcurrentDictionary<string, TaskCompletionSource> signals, string name) =>
        signals.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
