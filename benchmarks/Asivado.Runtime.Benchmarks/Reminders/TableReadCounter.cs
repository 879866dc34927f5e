using System.Diagnostics.Metrics;
using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Runtime.Benchmarks.Reminders;

/// <summary>
/// Reads the reminder service's own table-read instruments (<see cref="ReminderMetrics.TableReadsName"/>,
/// <see cref="ReminderMetrics.RowsReadName"/>) from one meter factory: the database work of each reminder path.
/// </summary>
internal sealed class TableReadCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _reads;
    private long _rows;

    public TableReadCounter(IMeterFactory meterFactory)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meterFactory)
                && instrument.Name is ReminderMetrics.TableReadsName or ReminderMetrics.RowsReadName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == ReminderMetrics.TableReadsName)
            {
                Interlocked.Add(ref _reads, value);
            }
            else
            {
                Interlocked.Add(ref _rows, value);
            }
        });
        _listener.Start();
    }

    public long Reads => Interlocked.Read(ref _reads);

    public long Rows => Interlocked.Read(ref _rows);

    public void Dispose() => _listener.Dispose();
}
