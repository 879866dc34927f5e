using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Reminders.Polling;

public sealed class PollingMetricsTests
{
    private static readonly DateTimeOffset Start = ReminderTestHarness.Start;

    [Fact]
    public async Task Reports_each_poll_the_rows_it_read_the_lateness_and_the_polling_mode()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.PollInterval = TimeSpan.FromSeconds(10);
        using var measurements = new ReminderMeasurements(harness.MeterFactory);
        var failed = 0;
        harness.Dispatcher.Behaviour = entry => entry.Name == "b" && Interlocked.Exchange(ref failed, 1) == 0
            ? Task.FromException(new InvalidOperationException("grain unavailable"))
            : Task.CompletedTask;
        var service = await harness.StartPollingServiceAsync();
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("1"), "a", Start.AddSeconds(4), TimeSpan.Zero);
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("2"), "b", Start.AddSeconds(12), TimeSpan.Zero);
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("3"), "c", Start.AddMinutes(5), TimeSpan.Zero);
        measurements.Observe();

        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(10));
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(10));
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(10));
        measurements.Observe();

        // Polls at start, +10 s (a), +20 s (b, fails), +30 s (b again: its row is still due).
        Assert.Equal([1.0, 1.0, 1.0, 1.0], measurements.Values(ReminderMetrics.TableReadsName));
        Assert.Equal([0.0, 1.0, 1.0, 1.0], measurements.Values(ReminderMetrics.RowsReadName));
        Assert.Equal([1.0, 1.0], measurements.Values(ReminderMetrics.FiredName));

        // Only first attempts count: a was 6 s late, b 8 s; b's retry is not a new lateness.
        Assert.Equal([6000.0, 8000.0], measurements.Values(ReminderMetrics.LatenessName));

        // Nothing is held between polls: the pending gauge reads 0 after registration and after the polls.
        Assert.Equal([0.0, 0.0], measurements.Values(ReminderMetrics.PendingName));
        Assert.Equal([ReminderMetrics.PollingMode], measurements.Modes());
    }
}
