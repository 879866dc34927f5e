namespace Asivado.Grains.Runtime.Tests.Reminders.Polling;

public sealed class PollingLifecycleTests
{
    private static readonly DateTimeOffset Start = ReminderTestHarness.Start;

    [Fact]
    public async Task Stop_waits_for_the_dispatch_in_flight_then_polls_no_more()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = TimeSpan.FromSeconds(1);
        var table = new GatedReminderTable(harness.Table);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Dispatcher.Behaviour = entry => entry.Name == "first" ? release.Task : Task.CompletedTask;
        var service = await harness.StartPollingServiceAsync(table);
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("1"), "first", Start.AddSeconds(1), TimeSpan.Zero);
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("2"), "second", Start.AddSeconds(5), TimeSpan.Zero);
        harness.Time.Advance(TimeSpan.FromSeconds(1));

        var stopping = service.StopAsync(CancellationToken.None);
        Assert.False(stopping.IsCompleted);
        release.SetResult();
        await stopping;
        var readsAtStop = table.DueReads;
        harness.Time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(["first"], harness.Dispatcher.Names);
        Assert.Equal(readsAtStop, table.DueReads);
        Assert.Null(await harness.Table.ReadAsync(ReminderTestHarness.Case("1"), "first"));
        Assert.NotNull(await harness.Table.ReadAsync(ReminderTestHarness.Case("2"), "second"));
    }

    [Fact]
    public async Task A_started_service_cannot_be_started_again()
    {
        using var harness = new ReminderTestHarness();
        var service = await harness.StartPollingServiceAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => service.StartAsync(CancellationToken.None));
    }
}
