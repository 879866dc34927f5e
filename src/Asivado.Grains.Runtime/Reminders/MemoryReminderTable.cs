using System.Globalization;
using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.Reminders;

/// <summary>
/// The embedded default: reminders in process memory, lost when the process ends. One entry instance per reminder,
/// found by identity through a set and by due instant through a sorted index, so a due-window read is a range
/// read; the reminder scheduler holds the same instances rather than copies (<see cref="ISharedEntryReminderTable"/>).
/// </summary>
public sealed class MemoryReminderTable : IReminderTable, ISharedEntryReminderTable
{
    private readonly Lock _lock = new();
    private readonly HashSet<ReminderEntry> _entries = new(ReminderIdentityComparer.Instance);
    private readonly HashSet<ReminderEntry>.AlternateLookup<ReminderKey> _entriesByKey;
    private readonly ReminderDueIndex _byDue = new();
    private long _version;

    public MemoryReminderTable()
    {
        _entriesByKey = _entries.GetAlternateLookup<ReminderKey>();
    }

    public Task<ReminderEntry?> ReadAsync(GrainId grainId, string name, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_entriesByKey.TryGetValue(new ReminderKey(grainId, name), out var entry) ? entry : null);
        }
    }

    public Task<IReadOnlyList<ReminderEntry>> ReadForGrainAsync(GrainId grainId, CancellationToken cancellationToken = default)
    {
        List<ReminderEntry> found;
        lock (_lock)
        {
            found = _entries.Where(e => e.GrainId == grainId).ToList();
        }

        found.Sort(static (left, right) => string.CompareOrdinal(left.Name, right.Name));
        return Task.FromResult<IReadOnlyList<ReminderEntry>>(found);
    }

    public Task<IReadOnlyList<ReminderEntry>> ReadDueBeforeAsync(DateTimeOffset dueBefore, HashRange range, CancellationToken cancellationToken = default) =>
        Task.FromResult(ReadDue(long.MinValue, dueBefore.UtcTicks, range));

    public Task<IReadOnlyList<ReminderEntry>> ReadDueBetweenAsync(DateTimeOffset dueFrom, DateTimeOffset dueBefore, HashRange range, CancellationToken cancellationToken = default) =>
        Task.FromResult(ReadDue(dueFrom.UtcTicks, dueBefore.UtcTicks, range));

    public Task<string> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default) =>
        Task.FromResult(UpsertEntry(entry).ETag!);

    public Task<string?> AdvanceAsync(GrainId grainId, string name, string expectedETag, DateTimeOffset nextDueAt, CancellationToken cancellationToken = default) =>
        Task.FromResult(AdvanceEntry(grainId, name, expectedETag, nextDueAt)?.ETag);

    public Task<bool> RemoveAsync(GrainId grainId, string name, string? expectedETag, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_entriesByKey.TryGetValue(new ReminderKey(grainId, name), out var current) || (expectedETag is not null && current.ETag != expectedETag))
            {
                return Task.FromResult(false);
            }

            _entries.Remove(current);
            _byDue.Remove(current);
            return Task.FromResult(true);
        }
    }

    public Task<long> CountAsync(HashRange range, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(range == HashRange.Full
                ? _entries.Count
                : (long)_entries.Count(e => range.Contains(e.GrainId.StableHash)));
        }
    }

    ReminderEntry ISharedEntryReminderTable.Upsert(ReminderEntry entry) => UpsertEntry(entry);

    ReminderEntry? ISharedEntryReminderTable.Advance(GrainId grainId, string name, string expectedETag, DateTimeOffset nextDueAt) =>
        AdvanceEntry(grainId, name, expectedETag, nextDueAt);

    private ReminderEntry UpsertEntry(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_lock)
        {
            var stored = entry with { ETag = NextETag() };
            if (_entries.TryGetValue(stored, out var current))
            {
                Forget(current);
            }

            Keep(stored);
            return stored;
        }
    }

    private ReminderEntry? AdvanceEntry(GrainId grainId, string name, string expectedETag, DateTimeOffset nextDueAt)
    {
        lock (_lock)
        {
            if (!_entriesByKey.TryGetValue(new ReminderKey(grainId, name), out var current) || current.ETag != expectedETag)
            {
                return null;
            }

            var next = current with { DueAt = nextDueAt, ETag = NextETag() };
            Forget(current);
            Keep(next);
            return next;
        }
    }

    private IReadOnlyList<ReminderEntry> ReadDue(long fromUtcTicks, long beforeUtcTicks, HashRange range)
    {
        var due = new List<ReminderEntry>();
        lock (_lock)
        {
            _byDue.CopyDueBetween(fromUtcTicks, beforeUtcTicks, range, due);
        }

        return due;
    }

    private void Keep(ReminderEntry entry)
    {
        _entries.Add(entry);
        _byDue.Add(entry);
    }

    private void Forget(ReminderEntry entry)
    {
        _entries.Remove(entry);
        _byDue.Remove(entry);
    }

    // Hexadecimal: an opaque version that stays short (a 1,000,000th version is 5 characters, not 7).
    private string NextETag() => (++_version).ToString("x", CultureInfo.InvariantCulture);
}
