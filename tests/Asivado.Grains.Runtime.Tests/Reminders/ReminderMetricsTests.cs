using System.Diagnostics.Metrics;
using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Reminders;

public sealed class ReminderMetricsTests
{
    [Fact]
    public async Task Reports_pending_fired_and_lateness()
    {
        using var harness = new ReminderTestHarness();
        var measurements = new List<(string Instrument, double Value)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this test's meter factory: tests run in parallel.
            if (instrument.Meter.Name == ReminderMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, harness.MeterFactory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => { lock (measurements) { measurements.Add((instrument.Name, value)); } });
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => { lock (measurements) { measurements.Add((instrument.Name, value)); } });
        listener.Start();

        var service = await harness.StartServiceAsync();
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("1"), "a", ReminderTestHarness.Start.AddSeconds(1), TimeSpan.Zero);
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("2"), "b", ReminderTestHarness.Start.AddSeconds(2), TimeSpan.Zero);
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("3"), "c", ReminderTestHarness.Start.AddSeconds(30), TimeSpan.Zero);

        listener.RecordObservableInstruments();
        Assert.Equal(new[] { 3.0 }, Values(measurements, ReminderMetrics.PendingName));

        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(5));
        listener.RecordObservableInstruments();

        Assert.Equal(new[] { 3.0, 1.0 }, Values(measurements, ReminderMetrics.PendingName));
        Assert.Equal(new[] { 1.0, 1.0 }, Values(measurements, ReminderMetrics.FiredName));
        // The clock jumped 5 s at once: the reminders due at +1 s and +2 s started 4 s and 3 s late.
        Assert.Equal(new[] { 4000.0, 3000.0 }, Values(measurements, ReminderMetrics.LatenessName));
    }

    private static double[] Values(List<(string Instrument, double Value)> measurements, string instrument)
    {
        lock (measurements)
        {
            return measurements.Where(m => m.Instrument == instrument).Select(m => m.Value).ToArray();
        }
    }
}
