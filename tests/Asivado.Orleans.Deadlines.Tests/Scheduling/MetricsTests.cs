using System.Diagnostics.Metrics;
using Asivado.Orleans.Deadlines.Scheduling;

namespace Asivado.Orleans.Deadlines.Tests.Scheduling;

public sealed class MetricsTests
{
    [Fact]
    public async Task Fired_lateness_table_reads_and_pending_are_measured()
    {
        using var h = new EngineHarness();
        var measured = new List<(string Name, double Value)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, h.MeterFactory) && instrument.Meter.Name == DeadlineMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => { lock (measured) { measured.Add((instrument.Name, value)); } });
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => { lock (measured) { measured.Add((instrument.Name, value)); } });
        listener.Start();

        await h.Memory.ApplyAsync(Ids.Grain("1"), [new("late", h.Now.AddSeconds(-2))], []);
        await h.StartAsync();
        await h.Engine.ScheduleAsync(Ids.Grain("2"), "later", h.Now.AddSeconds(5));
        await h.Engine.WhenIdleAsync();
        listener.RecordObservableInstruments();

        Assert.Contains((DeadlineMetrics.FiredName, 1.0), measured);
        Assert.Contains((DeadlineMetrics.LatenessName, 2_000.0), measured);
        Assert.Contains((DeadlineMetrics.TableReadsName, 1.0), measured);
        Assert.Contains((DeadlineMetrics.RowsReadName, 1.0), measured);
        Assert.Contains((DeadlineMetrics.PendingName, 1.0), measured);
    }
}
