using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Asivado.Grains.Runtime.Diagnostics;

/// <summary>The runtime's instruments on the meter <see cref="MeterName"/>.</summary>
internal sealed class GrainRuntimeMetrics : IDisposable
{
    public const string MeterName = "Asivado.Grains.Runtime";

    private readonly Meter _meter;
    private readonly UpDownCounter<long> _activations;
    private readonly Counter<long> _activationsCreated;
    private readonly Counter<long> _activationsCollected;
    private readonly Counter<long> _calls;
    private readonly Histogram<double> _callDuration;

    public GrainRuntimeMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _activations = _meter.CreateUpDownCounter<long>("asivado.grains.activations", "{activation}", "Activations currently in memory.");
        _activationsCreated = _meter.CreateCounter<long>("asivado.grains.activations.created", "{activation}", "Activations created.");
        _activationsCollected = _meter.CreateCounter<long>("asivado.grains.activations.collected", "{activation}", "Activations deactivated for idleness.");
        _calls = _meter.CreateCounter<long>("asivado.grains.calls", "{call}", "Grain calls, timer ticks and reminder deliveries that ran.");
        _callDuration = _meter.CreateHistogram<double>("asivado.grains.call.duration", "ms", "Time from a call's start to its completion.");
    }

    /// <summary>A start timestamp, or zero when nobody listens to call durations (saves the clock read).</summary>
    public long StartTimestamp() => _callDuration.Enabled ? Stopwatch.GetTimestamp() : 0;

    public void RecordCall(long startTimestamp)
    {
        if (_calls.Enabled)
        {
            _calls.Add(1);
        }

        if (startTimestamp != 0 && _callDuration.Enabled)
        {
            _callDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds);
        }
    }

    public void ActivationCreated()
    {
        _activations.Add(1);
        _activationsCreated.Add(1);
    }

    public void ActivationRemoved() => _activations.Add(-1);

    public void ActivationCollected() => _activationsCollected.Add(1);

    public void Dispose() => _meter.Dispose();
}
