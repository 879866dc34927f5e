namespace Asivado.Grains.Runtime.Tests.Reminders;

public sealed class LookAheadTests
{
    [Fact]
    public async Task A_reminder_beyond_the_window_is_loaded_later_and_fires_on_time()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.LookAhead = TimeSpan.FromMinutes(1);
        var service = await harness.StartServiceAsync();
        var dueAt = ReminderTestHarness.Start.AddMinutes(10).AddMilliseconds(123);

        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("1"), "resolve", dueAt, TimeSpan.Zero);
        Assert.Equal(0, service.PendingCount());

        // Walk the clock in load periods (LookAhead / 2) until the reminder is inside the window.
        while (harness.Time.GetUtcNow() + TimeSpan.FromSeconds(30) <= dueAt - TimeSpan.FromSeconds(30))
        {
            await harness.AdvanceAsync(service, TimeSpan.FromSeconds(30));
        }

        Assert.Empty(harness.Dispatcher.Dispatches);
        await harness.AdvanceToAsync(service, dueAt.AddTicks(-1));
        Assert.Empty(harness.Dispatcher.Dispatches);
        await harness.AdvanceAsync(service, TimeSpan.FromTicks(1));

        var dispatch = Assert.Single(harness.Dispatcher.Dispatches);
        Assert.Equal(dueAt, dispatch.At);
    }

    [Fact]
    public async Task A_reminder_written_to_the_table_by_someone_else_beyond_the_loaded_window_is_picked_up_by_the_next_load()
    {
        using var harness = new ReminderTestHarness();
        var service = await harness.StartServiceAsync();

        // The first load covered [start, start + 60 s); the load at +30 s reads [start + 60 s, start + 90 s).
        var dueAt = ReminderTestHarness.Start.AddSeconds(75);
        await harness.Table.UpsertAsync(new Runtime.Reminders.ReminderEntry(ReminderTestHarness.Case("1"), "external", dueAt, TimeSpan.Zero));

        await harness.AdvanceToAsync(service, dueAt);

        var dispatch = Assert.Single(harness.Dispatcher.Dispatches);
        Assert.Equal(dueAt, dispatch.At);
    }
}
