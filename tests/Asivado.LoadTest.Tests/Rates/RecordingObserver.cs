using System.Collections.Concurrent;
using Asivado.LoadTest.Rates;

namespace Asivado.LoadTest.Tests.Rates;

public sealed class RecordingObserver : IOperationObserver
{
    public ConcurrentDictionary<long, (ScheduledOperation Operation, TimeSpan Latency, Exception? Error)> Completed { get; } = new();

    public CountSignal Count { get; } = new();

    public void OnCompleted(ScheduledOperation operation, TimeSpan latency, TimeSpan completedAt, Exception? error)
    {
        Completed[operation.Index] = (operation, latency, error);
        Count.Increment();
    }
}
