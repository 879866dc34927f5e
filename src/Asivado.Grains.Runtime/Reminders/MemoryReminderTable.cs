using System.Collections.Concurrent;
using System.Globalization;
using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.Reminders;

/// <summary>The embedded default: reminders in process memory, lost when the process ends.</summary>
public sealed class MemoryReminderTable : IReminderTable
{
    private readonly ConcurrentDictionary<(GrainId GrainId, string Name), ReminderEntry> _entries = new();
    private long _version;

    public Task<ReminderEntry?> ReadAsync(GrainId grainId, string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(_entries.TryGetValue((grainId, name), out var entry) ? entry : null);

    public Task<IReadOnlyList<ReminderEntry>> ReadForGrainAsync(GrainId grainId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ReminderEntry>>(_entries.Values.Where(e => e.GrainId == grainId).OrderBy(e => e.Name, StringComparer.Ordinal).ToList());

    public Task<IReadOnlyList<ReminderEntry>> ReadDueBeforeAsync(DateTimeOffset dueBefore, HashRange range, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ReminderEntry>>(_entries.Values
            .Where(e => e.DueAt < dueBefore && range.Contains(e.GrainId.StableHash))
            .OrderBy(e => e.DueAt)
            .ToList());

    public Task<string> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        var stored = entry with { ETag = NextETag() };
        _entries[(entry.GrainId, entry.Name)] = stored;
        return Task.FromResult(stored.ETag!);
    }

    public Task<string?> AdvanceAsync(GrainId grainId, string name, string expectedETag, DateTimeOffset nextDueAt, CancellationToken cancellationToken = default)
    {
        var key = (grainId, name);
        if (!_entries.TryGetValue(key, out var current) || current.ETag != expectedETag)
        {
            return Task.FromResult<string?>(null);
        }

        var next = current with { DueAt = nextDueAt, ETag = NextETag() };
        return Task.FromResult(_entries.TryUpdate(key, next, current) ? next.ETag : null);
    }

    public Task<bool> RemoveAsync(GrainId grainId, string name, string? expectedETag, CancellationToken cancellationToken = default)
    {
        var key = (grainId, name);
        if (!_entries.TryGetValue(key, out var current) || (expectedETag is not null && current.ETag != expectedETag))
        {
            return Task.FromResult(false);
        }

        return Task.FromResult(_entries.TryRemove(new KeyValuePair<(GrainId, string), ReminderEntry>(key, current)));
    }

    public Task<long> CountAsync(HashRange range, CancellationToken cancellationToken = default) =>
        Task.FromResult((long)_entries.Values.Count(e => range.Contains(e.GrainId.StableHash)));

    private string NextETag() => Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture);
}
