using System.Collections.Concurrent;
using Asivado.LoadTest.Measurement;
using Asivado.LoadTest.Rates;

namespace Asivado.Intake.Benchmarks.Intake;

/// <summary>Latency of successful intakes (from the intended start) and failures grouped by cause.</summary>
internal sealed class IntakeObserver : IOperationObserver
{
    private readonly ConcurrentDictionary<string, long> _errors = new(StringComparer.Ordinal);
    private long _lastCompletedTicks;

    public LatencyHistogram Latency { get; } = new();

    public IReadOnlyDictionary<string, long> Errors => _errors;

    public long ErrorCount => _errors.Values.Sum();

    public TimeSpan LastCompletedAt => TimeSpan.FromTicks(Interlocked.Read(ref _lastCompletedTicks));

    public void OnCompleted(ScheduledOperation operation, TimeSpan latency, TimeSpan completedAt, Exception? error)
    {
        if (error is null)
        {
            Latency.Record(latency);
        }
        else
        {
            _errors.AddOrUpdate(Describe(error), 1, static (_, count) => count + 1);
        }

        var ticks = completedAt.Ticks;
        var seen = Interlocked.Read(ref _lastCompletedTicks);
        while (ticks > seen)
        {
            var previous = Interlocked.CompareExchange(ref _lastCompletedTicks, ticks, seen);
            if (previous == seen)
            {
                break;
            }

            seen = previous;
        }
    }

    private static string Describe(Exception error) => error switch
    {
        IntakeStatusException status => $"HTTP {(int)status.Status}",
        TaskCanceledException => "timeout",
        HttpRequestException transport => $"transport: {transport.HttpRequestError}",
        _ => error.GetType().Name,
    };
}
