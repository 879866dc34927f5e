using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Reminders;

public sealed class LoadBatchTests
{
    [Fact]
    public async Task What_is_due_is_dispatched_between_load_batches_not_after_the_whole_load()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.LoadBatchSize = 2;
        for (var i = 0; i < 6; i++)
        {
            await harness.Table.UpsertAsync(new ReminderEntry(ReminderTestHarness.Case($"{i}"), "overdue", ReminderTestHarness.Start.AddMinutes(-10 + i), TimeSpan.Zero));
        }

        ReminderService? service = null;
        var pendingAtDispatch = new List<long>();
        harness.Dispatcher.Behaviour = _ =>
        {
            pendingAtDispatch.Add(service!.PendingCount());
            return Task.CompletedTask;
        };
        service = harness.CreateService();

        await service.StartAsync(CancellationToken.None);
        await service.WhenIdleAsync();

        // Each dispatch sees at most its own batch in memory: 2 merged, then 1 of them left, then the next batch.
        Assert.Equal([2, 1, 2, 1, 2, 1], pendingAtDispatch);
        Assert.Equal(6, harness.Dispatcher.Dispatches.Count);
    }
}
