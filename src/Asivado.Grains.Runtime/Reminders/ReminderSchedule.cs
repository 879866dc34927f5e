namespace Asivado.Grains.Runtime.Reminders;

/// <summary>
/// The in-memory schedule: a min-heap of reminders keyed by the instant they should fire, plus the one live
/// version per (grain, name). Replacing or removing a reminder leaves its old heap item behind; such stale
/// items are skipped when they surface and the heap is compacted when they outnumber the live ones.
/// Not thread-safe: the reminder service calls it under its lock.
/// </summary>
internal sealed class ReminderSchedule
{
    private const int CompactionSlack = 1_024;

    private PriorityQueue<ScheduledReminder, long> _queue = new();
    private readonly Dictionary<ReminderKey, ReminderEntry> _live = new();

    /// <summary>The number of live reminders.</summary>
    public int Count => _live.Count;

    /// <summary>Schedules <paramref name="entry"/> to fire at <paramref name="fireAtUtcTicks"/>, replacing any other version.</summary>
    public void Schedule(ReminderEntry entry, long fireAtUtcTicks, int failedAttempts = 0)
    {
        _live[ReminderKey.Of(entry)] = entry;
        _queue.Enqueue(new ScheduledReminder(entry, failedAttempts), fireAtUtcTicks);
        CompactIfMostlyStale();
    }

    public bool Remove(ReminderKey key) => _live.Remove(key);

    public bool TryGet(ReminderKey key, out ReminderEntry entry) => _live.TryGetValue(key, out entry!);

    /// <summary>Takes the earliest live reminder that should fire at or before <paramref name="nowUtcTicks"/>.</summary>
    public bool TryTakeDue(long nowUtcTicks, out ScheduledReminder reminder)
    {
        while (_queue.TryPeek(out var item, out var fireAt) && fireAt <= nowUtcTicks)
        {
            _queue.Dequeue();
            if (IsLive(item))
            {
                _live.Remove(ReminderKey.Of(item.Entry));
                reminder = item;
                return true;
            }
        }

        reminder = default;
        return false;
    }

    /// <summary>The instant the earliest live reminder should fire, or <see cref="long.MaxValue"/> when there is none.</summary>
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

    private bool IsLive(ScheduledReminder item) =>
        _live.TryGetValue(ReminderKey.Of(item.Entry), out var live) && ReferenceEquals(live, item.Entry);

    private void CompactIfMostlyStale()
    {
        if (_queue.Count <= (2 * _live.Count) + CompactionSlack)
        {
            return;
        }

        var compacted = new PriorityQueue<ScheduledReminder, long>(_live.Count);
        foreach (var (item, fireAt) in _queue.UnorderedItems)
        {
            if (IsLive(item))
            {
                compacted.Enqueue(item, fireAt);
            }
        }

        _queue = compacted;
    }
}
