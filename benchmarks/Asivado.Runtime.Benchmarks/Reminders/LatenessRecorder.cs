using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Runtime.Benchmarks.Reminders;

/// <summary>
/// A dispatcher that records how late each reminder started (now - due) and signals when all have fired.
/// Eight bytes per reminder (lateness as a float, whole second of the due instant after <paramref name="origin"/>),
/// so the benchmark's own bookkeeping adds little to the process it measures.
/// </summary>
internal sealed class LatenessRecorder(int expected, TimeProvider time, DateTimeOffset origin) : IReminderDispatcher
{
    private readonly float[] _latenessMs = new float[expected];
    private readonly int[] _dueSecond = new int[expected];
    private readonly TaskCompletionSource _allFired = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _fired;

    public int Fired => Volatile.Read(ref _fired);

    public Task AllFired => _allFired.Task;

    public DateTimeOffset Origin => origin;

    public Task DispatchAsync(ReminderEntry reminder, TickStatus status, CancellationToken cancellationToken)
    {
        var lateness = (time.GetUtcNow() - reminder.DueAt).TotalMilliseconds;
        var index = Interlocked.Increment(ref _fired) - 1;
        if (index < _latenessMs.Length)
        {
            _latenessMs[index] = (float)lateness;
            _dueSecond[index] = (int)Math.Floor((reminder.DueAt - origin).TotalSeconds);
        }

        if (index == _latenessMs.Length - 1)
        {
            _allFired.TrySetResult();
        }

        return Task.CompletedTask;
    }

    /// <summary>How many firings were later than <paramref name="thresholdMs"/>, per whole second of due instant after the origin.</summary>
    public IEnumerable<(int Second, int Count)> LateBySecond(double thresholdMs) =>
        Enumerable.Range(0, Math.Min(Fired, _latenessMs.Length))
            .Where(i => _latenessMs[i] > thresholdMs)
            .GroupBy(i => _dueSecond[i])
            .Select(g => (g.Key, g.Count()))
            .OrderBy(g => g.Key);

    /// <summary>The recorded lateness values, sorted ascending.</summary>
    public double[] SortedLatenessMs()
    {
        var sorted = _latenessMs.AsSpan(0, Math.Min(Fired, _latenessMs.Length)).ToArray().Select(l => (double)l).ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
