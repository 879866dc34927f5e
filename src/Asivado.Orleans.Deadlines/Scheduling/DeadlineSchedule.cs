using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines.Scheduling;

/// <summary>
/// The in-memory schedule: a min-heap of deadlines keyed by the instant they should fire, plus the one live version
/// per (grain, name). Each scheduling gets a new version number; replacing or removing a deadline leaves its old heap
/// item behind, which is skipped when it surfaces, and the heap is compacted when stale items outnumber live ones.
/// Not thread-safe: the engine calls it under its lock.
/// </summary>
internal sealed class DeadlineSchedule
{
    private const int CompactionSlack = 1_024;

    private PriorityQueue<(DeadlineKey Key, long Version), long> _queue = new();
    private readonly Dictionary<DeadlineKey, Slot> _live = new();
    private long _lastVersion;

    /// <summary>The number of live deadlines.</summary>
    public int Count => _live.Count;

    /// <summary>Schedules <paramref name="entry"/> to fire at <paramref name="fireAtUtcTicks"/>, replacing any other version.</summary>
    public void Schedule(DeadlineEntry entry, long fireAtUtcTicks, int failedAttempts = 0)
    {
        var key = DeadlineKey.Of(entry);
        var version = ++_lastVersion;
        _live[key] = new Slot(entry, version, failedAttempts);
        _queue.Enqueue((key, version), fireAtUtcTicks);
        CompactIfMostlyStale();
    }

    public bool Remove(DeadlineKey key) => _live.Remove(key);

    public bool TryGet(DeadlineKey key, out DeadlineEntry entry)
    {
        var found = _live.TryGetValue(key, out var slot);
        entry = slot.Entry;
        return found;
    }

    /// <summary>Removes every live deadline <paramref name="drop"/> selects.</summary>
    /// <returns>How many were removed.</returns>
    public int RemoveWhere(Func<DeadlineEntry, bool> drop)
    {
        var dropped = _live.Where(pair => drop(pair.Value.Entry)).Select(pair => pair.Key).ToList();
        foreach (var key in dropped)
        {
            _live.Remove(key);
        }

        return dropped.Count;
    }

    /// <summary>Takes the earliest live deadline that should fire at or before <paramref name="nowUtcTicks"/>.</summary>
    public bool TryTakeDue(long nowUtcTicks, out DueDeadline due)
    {
        while (_queue.TryPeek(out var item, out var fireAt) && fireAt <= nowUtcTicks)
        {
            _queue.Dequeue();
            if (_live.TryGetValue(item.Key, out var slot) && slot.Version == item.Version)
            {
                _live.Remove(item.Key);
                due = new DueDeadline(slot.Entry, slot.FailedAttempts);
                return true;
            }
        }

        due = default;
        return false;
    }

    /// <summary>The instant the earliest live deadline should fire, or <see cref="long.MaxValue"/> when there is none.</summary>
    public long NextFireUtcTicks()
    {
        while (_queue.TryPeek(out var item, out var fireAt))
        {
            if (IsLive(item))
            {
                return fireAt;
            }

            _queue.Dequeue();
        }

        return long.MaxValue;
    }

    public void Clear()
    {
        _queue.Clear();
        _live.Clear();
    }

    private bool IsLive((DeadlineKey Key, long Version) item) => _live.TryGetValue(item.Key, out var slot) && slot.Version == item.Version;

    private void CompactIfMostlyStale()
    {
        if (_queue.Count <= (2 * _live.Count) + CompactionSlack)
        {
            return;
        }

        var compacted = new PriorityQueue<(DeadlineKey Key, long Version), long>(_live.Count);
        foreach (var (item, fireAt) in _queue.UnorderedItems)
        {
            if (IsLive(item))
            {
                compacted.Enqueue(item, fireAt);
            }
        }

        _queue = compacted;
    }

    private readonly record struct Slot(DeadlineEntry Entry, long Version, int FailedAttempts);
}
