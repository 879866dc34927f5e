using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Runtime.Benchmarks.Reminders;

/// <summary>A dispatcher that records how late each reminder started (now - due) and signals when all have fired.</summary>
internal sealed class LatenessRecorder(int expected, TimeProvider time) : IReminderDispatcher
{
    private readonly double[] _latenessMs = new double[expected];
    private readonly DateTimeOffset[] _dueAt = new DateTimeOffset[expected];
    private readonly TaskCompletionSource _allFired = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _fired;

    public int Fired => Volatile.Read(ref _fired);

    public Task AllFired => _allFired.Task;

    public Task DispatchAsync(ReminderEntry reminder, TickStatus status, CancellationToken cancellationToken)
    {
        var lateness = (time.GetUtcNow() - reminder.DueAt).TotalMilliseconds;
        var index = Interlocked.Increment(ref _fired) - 1;
        if (index < _latenessMs.Length)
        {
            _latenessMs[index] = lateness;
            _dueAt[index] = reminder.DueAt;
        }

        if (index == _latenessMs.Length - 1)
        {
            _allFired.TrySetResult();
        }

        return Task.CompletedTask;
    }

    /// <summary>How many firings were later than <paramref name="thresholdMs"/>, per whole second of due instant after <paramref name="origin"/>.</summary>
    public IEnumerable<(int Second, int Count)> LateBySecond(DateTimeOffset origin, double thresholdMs) =>
        Enumerable.Range(0, Math.Min(Fired, _latenessMs.Length))
            .Where(i => _latenessMs[i] > thresholdMs)
            .GroupBy(i => (int)Math.Floor((_dueAt[i] - origin).TotalSeconds))
            .Select(g => (g.Key, g.Count()))
            .OrderBy(g => g.Key);

    /// <summary>The recorded lateness values, sorted ascending.</summary>
    public double[] SortedLatenessMs()
    {
        var sorted = _latenessMs.AsSpan(0, Math.Min(Fired, _latenessMs.Length)).ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
