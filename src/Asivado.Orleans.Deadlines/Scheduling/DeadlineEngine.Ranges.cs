using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines.Scheduling;

internal sealed partial class DeadlineEngine
{
    private DeadlineRange[] _ranges = [];

    // Bumped when the owned ranges change; a load whose read began under an older version is discarded.
    private int _rangeVersion;
    private TaskCompletionSource _rangesChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The ring ranges this engine owns.</summary>
    public IReadOnlyList<DeadlineRange> Ranges
    {
        get
        {
            lock (_lock)
            {
                return _ranges;
            }
        }
    }

    /// <summary>Completes at the next change of <see cref="Ranges"/>.</summary>
    public Task WhenRangesChangeAsync()
    {
        lock (_lock)
        {
            return _rangesChanged.Task;
        }
    }

    public bool Owns(GrainId target)
    {
        lock (_lock)
        {
            return Owns(target.GetUniformHashCode());
        }
    }

    /// <summary>
    /// Takes over <paramref name="ranges"/>: drops from memory what left them (its rows stay, for the new owner) and
    /// reloads the ranges from the table up to the loaded horizon. Handler calls in flight finish.
    /// </summary>
    /// <returns>Completes when the reload finished (at once when the ranges did not change).</returns>
    public Task ChangeRangesAsync(IReadOnlyList<DeadlineRange> ranges)
    {
        TaskCompletionSource changed;
        int dropped;
        lock (_lock)
        {
            if (!IsRunning || ranges.SequenceEqual(_ranges))
            {
                return Task.CompletedTask;
            }

            _ranges = ranges.ToArray();
            _rangeVersion++;
            dropped = _schedule.RemoveWhere(entry => !Owns(entry.Hash));
            changed = _rangesChanged;
            _rangesChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        LogRangesChanged(_logger, string.Join(", ", ranges), dropped);
        var reload = RequestLoad(fullReload: true);
        changed.TrySetResult();
        return reload;
    }

    // Under _lock.
    private bool Owns(uint hash)
    {
        foreach (var range in _ranges)
        {
            if (range.Contains(hash))
            {
                return true;
            }
        }

        return false;
    }
}
