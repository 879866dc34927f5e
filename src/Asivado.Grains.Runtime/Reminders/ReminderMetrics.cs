using System.Diagnostics.Metrics;

namespace Asivado.Grains.Runtime.Reminders;

/// <summary>
/// The reminder services' instruments on the "Asivado.Grains.Runtime" meter. Every measurement carries the tag
/// <see cref="ModeTag"/> ("exact" or "polling"), so a load test can read the database work and the lateness of each
/// path from the same instruments.
/// </summary>
internal sealed class ReminderMetrics
{
    public const string MeterName = "Asivado.Grains.Runtime";
    public const string PendingName = "asivado.reminders.pending";
    public const string FiredName = "asivado.reminders.fired";
    public const string LatenessName = "asivado.reminders.lateness";
    public const string TableReadsName = "asivado.reminders.table_reads";
    public const string RowsReadName = "asivado.reminders.rows_read";
    public const string ModeTag = "asivado.reminders.mode";
    public const string ExactMode = "exact";
    public const string PollingMode = "polling";

    private readonly KeyValuePair<string, object?> _mode;
    private readonly Counter<long> _fired;
    private readonly Histogram<double> _lateness;
    private readonly Counter<long> _tableReads;
    private readonly Counter<long> _rowsRead;

    public ReminderMetrics(IMeterFactory meterFactory, string mode, Func<long> pending)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentException.ThrowIfNullOrWhiteSpace(mode);
        ArgumentNullException.ThrowIfNull(pending);
        _mode = new KeyValuePair<string, object?>(ModeTag, mode);
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge(PendingName, () => new Measurement<long>(pending(), _mode), unit: "{reminder}", description: "Reminders the service holds in memory: the exact scheduler's schedule and dispatches in flight; the polling checker's reminders claimed by a poll and not yet finished.");
        _fired = meter.CreateCounter<long>(FiredName, unit: "{reminder}", description: "Reminders dispatched successfully.");
        _lateness = meter.CreateHistogram<double>(LatenessName, unit: "ms", description: "How long after its due instant a reminder's first dispatch started (fire instant - due instant).");
        _tableReads = meter.CreateCounter<long>(TableReadsName, unit: "{read}", description: "Due-window reads of the reminder table that completed: the exact scheduler's loads, the polling checker's polls.");
        _rowsRead = meter.CreateCounter<long>(RowsReadName, unit: "{row}", description: "Reminder rows those due-window reads returned.");
    }

    public void Fired() => _fired.Add(1, _mode);

    public void Late(TimeSpan lateness) => _lateness.Record(Math.Max(0, lateness.TotalMilliseconds), _mode);

    /// <summary>One completed due-window read of the table that returned <paramref name="rows"/> rows.</summary>
    public void TableRead(int rows)
    {
        _tableReads.Add(1, _mode);
        _rowsRead.Add(rows, _mode);
    }
}
