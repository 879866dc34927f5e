namespace Asivado.Grains.Runtime.Reminders;

/// <summary>
/// The in-memory schedule: a min-heap of reminders keyed by the instant they should fire, plus the one live
/// version per (grain, name). Replacing or removing a reminder leaves its old heap item behind; such stale
/// items are skipped when they surface and the heap is compacted when they outnumber the live ones.
/// Kept small because it may hold a million reminders: a heap item is the entry (shared with the memory table
/// when that is the table) and its instant, the live versions are a set of those same entries, and failed
/// attempts, which few reminders have, are kept apart.
/// Not thread-safe: the reminder service calls it under its lock.
/// </summary>
internal sealed class ReminderSchedule
{
    private const int CompactionSlack = 1_024;

    private PriorityQueue<ReminderEntry, long> _queue = new();
    private readonly HashSet<ReminderEntry> _live = new(ReminderIdentityComparer.Instance);
    private readonly HashSet<ReminderEntry>.AlternateLookup<ReminderKey> _liveByKey;
    private readonly Dictionary<ReminderEntry, int> _failedAttempts = new(ReferenceEqualityComparer.Instance);

    public ReminderSchedule()
    {
        _liveByKey = _live.GetAlternateLookup<ReminderKey>();
    }

    /// <summary>The number of live reminders.</summary>
    public int Count => _live.Count;

    /// <summary>Schedules <paramref name="entry"/> to fire at <paramref name="fireAtUtcTicks"/>, replacing any other version.</summary>
    public void Schedule(ReminderEntry entry, long fireAtUtcTicks, int failedAttempts = 0)
    {
        if (_live.TryGetValue(entry, out var previous))
        {
            _live.Remove(previous);
            _failedAttempts.Remove(previous);
        }

        _live.Add(entry);
        if (failedAttempts > 0)
        {
            _failedAttempts[entry] = failedAttempts;
        }

        _queue.Enqueue(entry, fireAtUtcTicks);
        CompactIfMostlyStale();
    }

    public bool Remove(ReminderKey key)
    {
        if (!_liveByKey.TryGetValue(key, out var live))
        {
            return false;
        }

        _live.Remove(live);
        _failedAttempts.Remove(live);
        return true;
    }

    public bool TryGet(ReminderKey key, out ReminderEntry entry) => _liveByKey.TryGetValue(key, out entry!);

    /// <summary>Takes the earliest live reminder that should fire at or before <paramref name="nowUtcTicks"/>.</summary>
    public bool TryTakeDue(long nowUtcTicks, out ScheduledReminder reminder)
    {
        while (_queue.TryPeek(out var entry, out var fireAt) && fireAt <= nowUtcTicks)
        {
            _queue.Dequeue();
            if (IsLive(entry))
            {
                _live.Remove(entry);
                var failedAttempts = _failedAttempts.Count > 0 && _failedAttempts.Remove(entry, out var failed) ? failed : 0;
                reminder = new ScheduledReminder(entry, failedAttempts);
                return true;
            }
        }

        reminder = default;
        return false;
    }

    /// <summary>The instant the earliest live reminder should fire, or <see cref="long.MaxValue"/> when there is none.</summary>
    public long NextFireUtcTicks()
    {
        while (_queue.TryPeek(out var entry, out var fireAt))
        {
            if (IsLive(entry))
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
        _failedAttempts.Clear();
    }

    private bool IsLive(ReminderEntry entry) => _live.TryGetValue(entry, out var live) && ReferenceEquals(live, entry);

    private void CompactIfMostlyStale()
    {
        if (_queue.Count <= (2 * _live.Count) + CompactionSlack)
        {
            return;
        }

        var compacted = new PriorityQueue<ReminderEntry, long>(_live.Count);
        foreach (var (entry, fireAt) in _queue.UnorderedItems)
        {
            if (IsLive(entry))
            {
                compacted.Enqueue(entry, fireAt);
            }
        }

        _queue = compacted;
    }
}
