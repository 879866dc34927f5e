using System.Collections.Concurrent;
using System.Globalization;
using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.Storage;

/// <summary>The embedded default: grain state in process memory, lost when the process ends.</summary>
public sealed class MemoryGrainStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<(string StateName, GrainId GrainId), StoredGrainState> _records = new();
    private readonly ConcurrentDictionary<(string Name, GrainId GrainId), Dictionary<string, byte[]>> _collections = new();
    private long _version;

    public Task<StoredGrainState?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_records.TryGetValue((stateName, grainId), out var stored) ? stored : null);

    public Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        var key = (stateName, grainId);
        var next = new StoredGrainState(json.ToArray(), NextETag());
        while (true)
        {
            if (_records.TryGetValue(key, out var current))
            {
                ThrowIfMismatch(stateName, grainId, current.ETag, expectedETag);
                if (_records.TryUpdate(key, next, current))
                {
                    return Task.FromResult(next.ETag);
                }
            }
            else
            {
                ThrowIfMismatch(stateName, grainId, null, expectedETag);
                if (_records.TryAdd(key, next))
                {
                    return Task.FromResult(next.ETag);
                }
            }
        }
    }

    public async Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> json, string? expectedETag, IReadOnlyList<GrainEntryWrite> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var eTag = await WriteAsync(stateName, grainId, json, expectedETag, cancellationToken).ConfigureAwait(false);
        foreach (var write in entries)
        {
            await WriteEntriesAsync(write.Name, grainId, write.Changes, cancellationToken).ConfigureAwait(false);
        }

        return eTag;
    }

    public Task ClearAsync(string stateName, GrainId grainId, string? expectedETag, CancellationToken cancellationToken = default)
    {
        var key = (stateName, grainId);
        while (_records.TryGetValue(key, out var current))
        {
            ThrowIfMismatch(stateName, grainId, current.ETag, expectedETag);
            if (_records.TryRemove(new KeyValuePair<(string, GrainId), StoredGrainState>(key, current)))
            {
                return Task.CompletedTask;
            }
        }

        ThrowIfMismatch(stateName, grainId, null, expectedETag);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StoredGrainEntry>> ReadEntriesAsync(string name, GrainId grainId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!_collections.TryGetValue((name, grainId), out var entries))
        {
            return Task.FromResult<IReadOnlyList<StoredGrainEntry>>([]);
        }

        lock (entries)
        {
            return Task.FromResult<IReadOnlyList<StoredGrainEntry>>([.. entries.Select(pair => new StoredGrainEntry(pair.Key, pair.Value))]);
        }
    }

    public Task WriteEntriesAsync(string name, GrainId grainId, IReadOnlyList<GrainEntryChange> changes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(changes);
        var entries = _collections.GetOrAdd((name, grainId), static _ => new Dictionary<string, byte[]>(StringComparer.Ordinal));
        lock (entries)
        {
            foreach (var change in changes)
            {
                if (change.Json is null)
                {
                    entries.Remove(change.Key);
                }
                else
                {
                    entries[change.Key] = change.Json;
                }
            }
        }

        return Task.CompletedTask;
    }

    private string NextETag() => Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture);

    private static void ThrowIfMismatch(string stateName, GrainId grainId, string? stored, string? expected)
    {
        if (!string.Equals(stored, expected, StringComparison.Ordinal))
        {
            throw new InconsistentStateException(
                $"State '{stateName}' of grain {grainId} was written by someone else: stored ETag '{stored ?? "none"}', expected '{expected ?? "none"}'.",
                stored,
                expected);
        }
    }
}
