using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Reminders;

public sealed class ExactTableReadMetricsTests
{
    [Fact]
    public async Task Reports_each_load_the_rows_it_read_and_the_exact_mode()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.LookAhead = TimeSpan.FromMinutes(1);
        using var measurements = new ReminderMeasurements(harness.MeterFactory);
        var service = await harness.StartServiceAsync();

        // Beyond the first window: in the table only until the load that covers +90 s.
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("1"), "a", ReminderTestHarness.Start.AddSeconds(90), TimeSpan.Zero);
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(30));
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(30));
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(30));

        // Loads at start ([.., +60 s)), +30 s ([+60 s, +90 s)), +60 s ([+90 s, +120 s): a), +90 s ([+120 s, +150 s)).
        Assert.Equal([1.0, 1.0, 1.0, 1.0], measurements.Values(ReminderMetrics.TableReadsName));
        Assert.Equal([0.0, 0.0, 1.0, 0.0], measurements.Values(ReminderMetrics.RowsReadName));
        Assert.Equal([0.0], measurements.Values(ReminderMetrics.LatenessName));
        Assert.Equal([ReminderMetrics.ExactMode], measurements.Modes());
    }
}
