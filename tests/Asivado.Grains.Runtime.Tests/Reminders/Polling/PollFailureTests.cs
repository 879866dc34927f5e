using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Reminders.Polling;

public sealed class PollFailureTests
{
    private static readonly DateTimeOffset Start = ReminderTestHarness.Start;

    [Fact]
    public async Task A_failed_poll_is_logged_and_the_next_poll_reads_again()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = TimeSpan.FromSeconds(10);
        var table = new GatedReminderTable(harness.Table);
        var service = await harness.StartPollingServiceAsync(table);
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("1"), "respond", Start.AddSeconds(5), TimeSpan.Zero);
        table.FailuresLeft = 1;

        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(10));
        Assert.Empty(harness.Dispatcher.Dispatches);
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(10));

        Assert.Equal(Start.AddSeconds(20), Assert.Single(harness.Dispatcher.Dispatches).At);
        Assert.Equal(0, table.FailuresLeft);
    }

    [Fact]
    public async Task A_start_whose_first_poll_fails_throws_arms_no_poll_and_can_be_started_again()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = TimeSpan.FromSeconds(10);
        var grain = ReminderTestHarness.Case("1");
        await harness.Table.UpsertAsync(new ReminderEntry(grain, "respond", Start.AddMinutes(-5), TimeSpan.Zero));
        var table = new GatedReminderTable(harness.Table) { FailuresLeft = 1 };
        var service = harness.CreatePollingService(table);

        await Assert.ThrowsAsync<InvalidOperationException>(() => service.StartAsync(CancellationToken.None));
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(10));
        Assert.Equal(0, table.DueReads);
        Assert.Empty(harness.Dispatcher.Dispatches);

        await service.StartAsync(CancellationToken.None);
        await service.WhenIdleAsync();

        Assert.Equal(Start.AddSeconds(10), Assert.Single(harness.Dispatcher.Dispatches).At);
        Assert.Null(await harness.Table.ReadAsync(grain, "respond"));
    }
}
