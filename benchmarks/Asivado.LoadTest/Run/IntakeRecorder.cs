using System.Collections.Concurrent;
using Asivado.LoadTest.Measurement;
using Asivado.LoadTest.Rates;

namespace Asivado.LoadTest.Run;

/// <summary>Records intake outcomes; operations intended to start during warm-up are counted (sent, created, shed, failed, errors by reason) but their latency is not measured.</summary>
/// <param name="offset">When intake started, from the run's start: completion times are reported from the run's start.</param>
public sealed class IntakeRecorder(TimeSpan warmup, TimeSpan offset = default) : IOperationObserver
{
    private long _sent;
    private long _created;
    private long _failed;
    private long _shed;

    public LatencyTimeSeries Latency { get; } = new();

    public ConcurrentDictionary<string, long> ErrorsByReason { get; } = new();

    public long Sent => Interlocked.Read(ref _sent);

    public long Created => Interlocked.Read(ref _created);

    /// <summary>Requests the host refused at its limit (503 or 429 with Retry-After), warm-up included; not failures.</summary>
    public long Shed => Interlocked.Read(ref _shed);

    /// <summary>Failed requests, warm-up included.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    public void OnCompleted(ScheduledOperation operation, TimeSpan latency, TimeSpan completedAt, Exception? error)
    {
        Interlocked.Increment(ref _sent);
        if (error is IntakeShedException)
        {
            // Refused at once, by design: counted, but neither an error nor part of the accepted latency.
            Interlocked.Increment(ref _shed);
            return;
        }

        if (error is null)
        {
            Interlocked.Increment(ref _created);
        }
        else
        {
            Interlocked.Increment(ref _failed);
            ErrorsByReason.AddOrUpdate(error is IntakeFailedException failed ? failed.Reason : error.GetType().Name, 1, static (_, count) => count + 1);
        }

        if (operation.IntendedOffset >= warmup)
        {
            Latency.Record(completedAt + offset, latency, failed: error is not null);
        }
    }
}
