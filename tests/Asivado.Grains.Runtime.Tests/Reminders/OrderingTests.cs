namespace Asivado.Grains.Runtime.Tests.Reminders;

public sealed class OrderingTests
{
    [Fact]
    public async Task Reminders_due_in_the_same_jump_fire_in_due_order_when_one_dispatch_runs_at_a_time()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.MaxConcurrentDispatches = 1;
        var service = await harness.StartServiceAsync();
        var offsets = new[] { 9, 3, 7, 1, 5 };
        foreach (var seconds in offsets)
        {
            await service.RegisterOrUpdateAsync(ReminderTestHarness.Case($"c{seconds}"), $"r{seconds}", ReminderTestHarness.Start.AddSeconds(seconds), TimeSpan.Zero);
        }

        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(10));

        Assert.Equal(new[] { "r1", "r3", "r5", "r7", "r9" }, harness.Dispatcher.Names);
    }

    [Fact]
    public async Task With_one_dispatch_at_a_time_the_next_waits_for_the_previous_to_finish()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.MaxConcurrentDispatches = 1;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Dispatcher.Behaviour = r => r.Name == "first" ? release.Task : Task.CompletedTask;
        var service = await harness.StartServiceAsync();
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("1"), "first", ReminderTestHarness.Start.AddSeconds(1), TimeSpan.Zero);
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("2"), "second", ReminderTestHarness.Start.AddSeconds(2), TimeSpan.Zero);

        harness.Time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(new[] { "first" }, harness.Dispatcher.Names);

        release.SetResult();
        await service.WhenIdleAsync();
        Assert.Equal(new[] { "first", "second" }, harness.Dispatcher.Names);
    }
}
