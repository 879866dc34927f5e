using System.Diagnostics.Metrics;

namespace Asivado.Orleans.Deadlines.Scheduling;

/// <summary>The deadline service's instruments on the <see cref="MeterName"/> meter.</summary>
internal sealed class DeadlineMetrics
{
    public const string MeterName = "Asivado.Deadlines";
    public const string PendingName = "asivado.deadlines.pending";
    public const string FiredName = "asivado.deadlines.fired";
    public const string LatenessName = "asivado.deadlines.lateness";
    public const string TableReadsName = "asivado.deadlines.table_reads";
    public const string RowsReadName = "asivado.deadlines.rows_read";

    private readonly Counter<long> _fired;
    private readonly Histogram<double> _lateness;
    private readonly Counter<long> _tableReads;
    private readonly Counter<long> _rowsRead;

    public DeadlineMetrics(IMeterFactory meterFactory, Func<long> pending)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(pending);
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge(PendingName, pending, unit: "{deadline}", description: "Deadlines the service holds in memory: those due within the look-ahead window, and handler calls in flight.");
        _fired = meter.CreateCounter<long>(FiredName, unit: "{deadline}", description: "Deadlines whose handler call succeeded.");
        _lateness = meter.CreateHistogram<double>(LatenessName, unit: "ms", description: "How long after its due instant a deadline's first handler call started (fire instant - due instant).");
        _tableReads = meter.CreateCounter<long>(TableReadsName, unit: "{read}", description: "Due-window reads of the deadline table that completed.");
        _rowsRead = meter.CreateCounter<long>(RowsReadName, unit: "{row}", description: "Deadline rows those due-window reads returned.");
    }

    public void Fired() => _fired.Add(1);

    public void Late(TimeSpan lateness) => _lateness.Record(Math.Max(0, lateness.TotalMilliseconds));

    public void TableRead(int rows)
    {
        _tableReads.Add(1);
        _rowsRead.Add(rows);
    }
}
