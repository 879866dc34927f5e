using System.Collections.Concurrent;
using Asivado.LoadTest.Measurement;
using Asivado.LoadTest.Rates;

namespace Asivado.LoadTest.Run;

/// <summary>Records intake outcomes; operations intended to start during warm-up are counted as sent but not measured.</summary>
public sealed class IntakeRecorder(TimeSpan warmup) : IOperationObserver
{
    private long _sent;
    private long _created;

    public LatencyTimeSeries Latency { get; } = new();

    public ConcurrentDictionary<string, long> ErrorsByReason { get; } = new();

    public long Sent => Interlocked.Read(ref _sent);

    public long Created => Interlocked.Read(ref _created);

    public void OnCompleted(ScheduledOperation operation, TimeSpan latency, TimeSpan completedAt, Exception? error)
    {
        Interlocked.Increment(ref _sent);
        if (error is null)
        {
            Interlocked.Increment(ref _created);
        }

        if (operation.IntendedOffset < warmup)
        {
            return;
        }

        Latency.Record(completedAt, latency, failed: error is not null);
        if (error is not null)
        {
            ErrorsByReason.AddOrUpdate(error is IntakeFailedException failed ? failed.Reason : error.GetType().Name, 1, (_, count) => count + 1);
        }
    }
}
