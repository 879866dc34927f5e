using System.Diagnostics.Metrics;

namespace Asivado.Grains.Runtime.Reminders;

/// <summary>The reminder scheduler's instruments on the "Asivado.Grains.Runtime" meter.</summary>
internal sealed class ReminderMetrics
{
    public const string MeterName = "Asivado.Grains.Runtime";
    public const string PendingName = "asivado.reminders.pending";
    public const string FiredName = "asivado.reminders.fired";
    public const string LatenessName = "asivado.reminders.lateness";

    private readonly Counter<long> _fired;
    private readonly Histogram<double> _lateness;

    public ReminderMetrics(IMeterFactory meterFactory, Func<long> pending)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge(PendingName, pending, unit: "{reminder}", description: "Reminders held in the in-memory schedule, including those being dispatched.");
        _fired = meter.CreateCounter<long>(FiredName, unit: "{reminder}", description: "Reminders dispatched successfully.");
        _lateness = meter.CreateHistogram<double>(LatenessName, unit: "ms", description: "How long after its due instant a reminder's first dispatch started.");
    }

    public void Fired() => _fired.Add(1);

    public void Late(TimeSpan lateness) => _lateness.Record(Math.Max(0, lateness.TotalMilliseconds));
}
