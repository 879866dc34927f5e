namespace Asivado.Orleans.Deadlines.Table;

/// <summary>
/// The in-process <see cref="IDeadlineTable"/>: deadlines in memory, lost when the process ends. Found by grain through
/// a map and by due instant through a sorted index, so a due-window read is a range read, not a scan. Tests register
/// one instance in several silos (or several clusters in turn) to stand in for a durable shared table.
/// </summary>
public sealed class MemoryDeadlineTable : IDeadlineTable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<GrainId, Dictionary<string, DateTimeOffset>> _byGrain = new();
    private readonly DeadlineDueIndex _byDue = new();

    /// <summary>The number of pending deadlines.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byDue.Count;
            }
        }
    }

    public Task<IReadOnlyList<DeadlineEntry>> ReadForGrainAsync(GrainId target, CancellationToken cancellationToken = default)
    {
        DeadlineArguments.ValidateTarget(target);
        lock (_lock)
        {
            IReadOnlyList<DeadlineEntry> found = _byGrain.TryGetValue(target, out var names)
                ? names.Select(pair => new DeadlineEntry(target, pair.Key, pair.Value)).ToArray()
                : [];
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<DeadlineEntry>> ReadDueBetweenAsync(DateTimeOffset dueFrom, DateTimeOffset dueBefore, DeadlineRange range, CancellationToken cancellationToken = default)
    {
        var due = new List<DeadlineEntry>();
        lock (_lock)
        {
            _byDue.CopyDueBetween(dueFrom.UtcTicks, dueBefore.UtcTicks, range, due);
        }

        return Task.FromResult<IReadOnlyList<DeadlineEntry>>(due);
    }

    public Task<int> ApplyAsync(GrainId target, IReadOnlyList<ScheduledDeadline> schedule, IReadOnlyList<string> cancel, CancellationToken cancellationToken = default)
    {
        // Validated before anything changes: the whole change is applied or none of it.
        DeadlineArguments.ValidateChanges(target, schedule, cancel);
        var cancelled = 0;
        lock (_lock)
        {
            if (!_byGrain.TryGetValue(target, out var names))
            {
                names = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
                _byGrain.Add(target, names);
            }

            foreach (var deadline in schedule)
            {
                if (names.TryGetValue(deadline.Name, out var previous))
                {
                    _byDue.Remove(new DeadlineEntry(target, deadline.Name, previous));
                }

                var dueAt = deadline.DueAt.ToUniversalTime();
                names[deadline.Name] = dueAt;
                _byDue.Add(new DeadlineEntry(target, deadline.Name, dueAt));
            }

            foreach (var name in cancel)
            {
                if (names.Remove(name, out var previous))
                {
                    _byDue.Remove(new DeadlineEntry(target, name, previous));
                    cancelled++;
                }
            }

            if (names.Count == 0)
            {
                _byGrain.Remove(target);
            }
        }

        return Task.FromResult(cancelled);
    }

    public Task<bool> RemoveFiredAsync(GrainId target, string name, DateTimeOffset dueAt, CancellationToken cancellationToken = default)
    {
        DeadlineArguments.ValidateTarget(target);
        DeadlineArguments.ValidateName(name);
        lock (_lock)
        {
            if (!_byGrain.TryGetValue(target, out var names) || !names.TryGetValue(name, out var current) || current.UtcTicks != dueAt.UtcTicks)
            {
                return Task.FromResult(false);
            }

            names.Remove(name);
            if (names.Count == 0)
            {
                _byGrain.Remove(target);
            }

            _byDue.Remove(new DeadlineEntry(target, name, current));
            return Task.FromResult(true);
        }
    }

    public Task<long> CountAsync(DeadlineRange range, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(range.IsFull
                ? _byDue.Count
                : _byGrain.Where(pair => range.Contains(pair.Key.GetUniformHashCode())).Sum(pair => (long)pair.Value.Count));
        }
    }
}
