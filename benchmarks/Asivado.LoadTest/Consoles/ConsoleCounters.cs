using System.Collections.Concurrent;
using Asivado.LoadTest.Measurement;

namespace Asivado.LoadTest.Consoles;

/// <summary>What happened to the consoles of a run, counted across all of them. Thread-safe.</summary>
public sealed class ConsoleCounters
{
    private long _dropped;
    private long _reconnected;
    private long _malformed;
    private long _acknowledged;
    private long _acknowledgeFailures;

    public LatencyHistogram ConnectLatency { get; } = new();

    public ConcurrentDictionary<string, long> FailuresByReason { get; } = new(StringComparer.Ordinal);

    public long Dropped => Interlocked.Read(ref _dropped);

    public long Reconnected => Interlocked.Read(ref _reconnected);

    public long Malformed => Interlocked.Read(ref _malformed);

    public long Acknowledged => Interlocked.Read(ref _acknowledged);

    public long AcknowledgeFailures => Interlocked.Read(ref _acknowledgeFailures);

    public void Failure(string reason) => FailuresByReason.AddOrUpdate(reason, 1, static (_, count) => count + 1);

    public void Dropping() => Interlocked.Increment(ref _dropped);

    public void Reconnecting() => Interlocked.Increment(ref _reconnected);

    public void MalformedPush() => Interlocked.Increment(ref _malformed);

    public void AcknowledgedOne() => Interlocked.Increment(ref _acknowledged);

    public void AcknowledgeFailed() => Interlocked.Increment(ref _acknowledgeFailures);
}
