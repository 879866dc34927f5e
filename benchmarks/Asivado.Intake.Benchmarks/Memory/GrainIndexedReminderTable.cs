using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Intake.Benchmarks.Memory;

/// <summary>
/// <see cref="MemoryReminderTable"/> with an index of reminder names by grain, so that reading one grain's reminders
/// (every case does on its first change) is a look-up, as it is in PostgreSQL, rather than a scan of every reminder
/// under the table's lock: with that scan, opening N cases costs O(N²) on one core and 1,000,000 never finish.
/// The index costs about 100 B per case, counted in the figures. The scheduler no longer shares the table's entry
/// instances (ISharedEntryReminderTable is internal); it copies only what falls due within its look-ahead, as it
/// does with PostgreSQL.
/// </summary>
internal sealed class GrainIndexedReminderTable : IReminderTable
{
    private readonly MemoryReminderTable _inner = new();
    private readonly Lock _lock = new();
    private readonly Dictionary<GrainId, string[]> _names = [];

    public Task<ReminderEntry?> ReadAsync(GrainId grainId, string name, CancellationToken cancellationToken = default) =>
        _inner.ReadAsync(grainId, name, cancellationToken);

    public async Task<IReadOnlyList<ReminderEntry>> ReadForGrainAsync(GrainId grainId, CancellationToken cancellationToken = default)
    {
        string[]? names;
        lock (_lock)
        {
            _names.TryGetValue(grainId, out names);
        }

        var found = new List<ReminderEntry>(names?.Length ?? 0);
        foreach (var name in names ?? [])
        {
            if (await _inner.ReadAsync(grainId, name, cancellationToken) is { } entry)
            {
                found.Add(entry);
            }
        }

        found.Sort(static (left, right) => string.CompareOrdinal(left.Name, right.Name));
        return found;
    }

    public Task<IReadOnlyList<ReminderEntry>> ReadDueBeforeAsync(DateTimeOffset dueBefore, HashRange range, CancellationToken cancellationToken = default) =>
        _inner.ReadDueBeforeAsync(dueBefore, range, cancellationToken);

    public Task<IReadOnlyList<ReminderEntry>> ReadDueBetweenAsync(DateTimeOffset dueFrom, DateTimeOffset dueBefore, HashRange range, CancellationToken cancellationToken = default) =>
        _inner.ReadDueBetweenAsync(dueFrom, dueBefore, range, cancellationToken);

    public async Task<string> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        var etag = await _inner.UpsertAsync(entry, cancellationToken);
        lock (_lock)
        {
            var names = _names.GetValueOrDefault(entry.GrainId, []);
            if (!names.Contains(entry.Name, StringComparer.Ordinal))
            {
                _names[entry.GrainId] = [.. names, entry.Name];
            }
        }

        return etag;
    }

    public Task<string?> AdvanceAsync(GrainId grainId, string name, string expectedETag, DateTimeOffset nextDueAt, CancellationToken cancellationToken = default) =>
        _inner.AdvanceAsync(grainId, name, expectedETag, nextDueAt, cancellationToken);

    public async Task<bool> RemoveAsync(GrainId grainId, string name, string? expectedETag, CancellationToken cancellationToken = default)
    {
        var removed = await _inner.RemoveAsync(grainId, name, expectedETag, cancellationToken);
        if (removed)
        {
            lock (_lock)
            {
                if (_names.TryGetValue(grainId, out var names))
                {
                    string[] left = [.. names.Where(n => n != name)];
                    if (left.Length == 0)
                    {
                        _names.Remove(grainId);
                    }
                    else
                    {
                        _names[grainId] = left;
                    }
                }
            }
        }

        return removed;
    }

    public Task<long> CountAsync(HashRange range, CancellationToken cancellationToken = default) => _inner.CountAsync(range, cancellationToken);
}
