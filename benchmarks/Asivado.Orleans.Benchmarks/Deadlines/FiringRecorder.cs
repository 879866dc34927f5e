namespace Asivado.Orleans.Benchmarks.Deadlines;

/// <summary>
/// How late each near deadline reached its grain (now − due), and how often: eight bytes per near deadline (only those
/// due during the run are tracked), so the bookkeeping adds little to the process it measures. Keys at or above <see cref="Expected"/> are far deadlines that
/// must not fire during the run; they are counted as unexpected.
/// </summary>
public sealed class FiringRecorder(int expected, TimeProvider time)
{
    private readonly float[] _latenessMs = new float[expected];
    private readonly int[] _times = new int[expected];
    private readonly TaskCompletionSource _allFired = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _fired;
    private int _duplicates;
    private int _unexpected;

    public int Expected => expected;

    public int Fired => Volatile.Read(ref _fired);

    public int Duplicates => Volatile.Read(ref _duplicates);

    public int Unexpected => Volatile.Read(ref _unexpected);

    public Task AllFired => _allFired.Task;

    public void Record(long key, DateTimeOffset dueAt)
    {
        var lateness = (time.GetUtcNow() - dueAt).TotalMilliseconds;
        if (key < 0 || key >= expected)
        {
            Interlocked.Increment(ref _unexpected);
            return;
        }

        var index = (int)key;
        if (Interlocked.Increment(ref _times[index]) > 1)
        {
            Interlocked.Increment(ref _duplicates);
            return;
        }

        _latenessMs[index] = (float)lateness;
        if (Interlocked.Increment(ref _fired) == expected)
        {
            _allFired.TrySetResult();
        }
    }

    /// <summary>The lateness of every near deadline that fired, sorted ascending.</summary>
    public double[] SortedLatenessMs()
    {
        var sorted = new List<double>(expected);
        for (var i = 0; i < expected; i++)
        {
            if (Volatile.Read(ref _times[i]) > 0)
            {
                sorted.Add(_latenessMs[i]);
            }
        }

        sorted.Sort();
        return [.. sorted];
    }
}
