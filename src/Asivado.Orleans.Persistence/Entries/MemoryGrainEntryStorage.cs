using System.Collections.Concurrent;

namespace Asivado.Orleans.Persistence.Entries;

/// <summary>Keyed collections in process memory (the embedded default and tests): gone when the process ends.</summary>
public sealed class MemoryGrainEntryStorage : IGrainEntryStorage
{
    private readonly ConcurrentDictionary<(string Name, GrainId GrainId), Dictionary<string, byte[]>> _collections = new();

    public Task<IReadOnlyList<StoredGrainEntry>> ReadEntriesAsync(string name, GrainId grainId, CancellationToken cancellationToken = default)
    {
        if (!_collections.TryGetValue((name, grainId), out var entries))
        {
            return Task.FromResult<IReadOnlyList<StoredGrainEntry>>([]);
        }

        lock (entries)
        {
            return Task.FromResult<IReadOnlyList<StoredGrainEntry>>([.. entries.Select(entry => new StoredGrainEntry(entry.Key, entry.Value))]);
        }
    }

    public Task WriteEntriesAsync(string name, GrainId grainId, IReadOnlyList<GrainEntryChange> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var entries = _collections.GetOrAdd((name, grainId), static _ => new Dictionary<string, byte[]>(StringComparer.Ordinal));
        lock (entries)
        {
            foreach (var change in changes)
            {
                if (change.Json is { } json)
                {
                    entries[change.Key] = json;
                }
                else
                {
                    entries.Remove(change.Key);
                }
            }
        }

        return Task.CompletedTask;
    }
}
