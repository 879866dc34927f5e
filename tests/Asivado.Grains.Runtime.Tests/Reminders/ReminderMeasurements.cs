using System.Diagnostics.Metrics;
using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Reminders;

/// <summary>Records the reminder instruments of one harness's meter factory (tests run in parallel), with each measurement's mode tag.</summary>
internal sealed class ReminderMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, double Value, string? Mode)> _measurements = new();

    public ReminderMeasurements(IMeterFactory meterFactory)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ReminderMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument.Name, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument.Name, value, tags));
        _listener.Start();
    }

    /// <summary>The values recorded for <paramref name="instrument"/>, in order (observable ones after <see cref="Observe"/>).</summary>
    public double[] Values(string instrument)
    {
        lock (_measurements)
        {
            return _measurements.Where(m => m.Instrument == instrument).Select(m => m.Value).ToArray();
        }
    }

    /// <summary>The distinct mode tags recorded on any instrument ("(none)" for a measurement without one).</summary>
    public string[] Modes()
    {
        lock (_measurements)
        {
            return _measurements.Select(m => m.Mode ?? "(none)").Distinct().ToArray();
        }
    }

    public void Observe() => _listener.RecordObservableInstruments();

    public void Dispose() => _listener.Dispose();

    private void Add(string instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string? mode = null;
        foreach (var tag in tags)
        {
            if (tag.Key == ReminderMetrics.ModeTag)
            {
                mode = tag.Value as string;
            }
        }

        lock (_measurements)
        {
            _measurements.Add((instrument, value, mode));
        }
    }
}
