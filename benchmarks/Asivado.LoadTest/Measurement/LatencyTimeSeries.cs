namespace Asivado.LoadTest.Measurement;

/// <summary>
/// Latency and throughput per fixed interval (one second by default) plus one histogram for the whole
/// run. Values are attributed to the interval of the elapsed time given with them. Thread-safe: the
/// per-interval part takes a short lock (uncontended at tens of thousands of records a second), the
/// whole-run histogram is lock-free.
/// </summary>
public sealed class LatencyTimeSeries(TimeSpan interval)
{
    private readonly Lock _gate = new();
    private readonly List<IntervalSummary> _closed = [];
    private LatencyHistogram _current = new();
    private int _currentIndex;
    private long _currentErrors;
    private long _errors;

    public LatencyTimeSeries()
        : this(TimeSpan.FromSeconds(1))
    {
    }

    public LatencyHistogram Overall { get; } = new();

    public long Errors => Interlocked.Read(ref _errors);

    /// <param name="elapsed">Time since the start of the run at which the operation completed.</param>
    /// <param name="latency">The measured duration (ignored for the histograms when the operation failed).</param>
    public void Record(TimeSpan elapsed, TimeSpan latency, bool failed = false)
    {
        var index = IntervalIndex(elapsed);
        if (failed)
        {
            Interlocked.Increment(ref _errors);
        }
        else
        {
            Overall.Record(latency);
        }

        lock (_gate)
        {
            CloseUpTo(index);
            if (failed)
            {
                _currentErrors++;
            }
            else
            {
                _current.Record(latency);
            }
        }
    }

    /// <summary>Every interval before <paramref name="elapsed"/>'s one, closed; empty intervals included.</summary>
    public IReadOnlyList<IntervalSummary> Snapshot(TimeSpan elapsed)
    {
        lock (_gate)
        {
            CloseUpTo(IntervalIndex(elapsed));
            return [.. _closed];
        }
    }

    /// <summary>Every interval including the current one (call at the end of a run).</summary>
    public IReadOnlyList<IntervalSummary> Complete(TimeSpan elapsed)
    {
        lock (_gate)
        {
            CloseUpTo(IntervalIndex(elapsed) + 1);
            return [.. _closed];
        }
    }

    private int IntervalIndex(TimeSpan elapsed) => (int)Math.Max(0, elapsed.Ticks / interval.Ticks);

    private void CloseUpTo(int index)
    {
        while (_currentIndex < index)
        {
            var latency = _current.TotalCount == 0 ? LatencySummary.Empty : _current.Summarize();
            _closed.Add(new IntervalSummary(_currentIndex, _currentIndex * interval.TotalSeconds, _current.TotalCount + _currentErrors, _currentErrors, latency));
            if (_current.TotalCount > 0)
            {
                _current = new LatencyHistogram();
            }

            _currentErrors = 0;
            _currentIndex++;
        }
    }
}
