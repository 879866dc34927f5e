using Asivado.Orleans.Persistence.Entries;
using Asivado.Orleans.PostgreSql.Batching;
using Asivado.Orleans.PostgreSql.Entries.Batched;
using Orleans.Runtime;

namespace Asivado.Orleans.PostgreSql.Entries;

/// <summary>
/// Keyed-collection entries in PostgreSQL (table grain_entries), one row per (grain type, grain key, collection name,
/// entry key), the entry's UTF-8 JSON byte for byte. A write's upserts and removals go in one batch and commit
/// together with whatever else that batch carries; reads of many grains share a round trip.
/// </summary>
public sealed class PostgreSqlGrainEntryStorage : IGrainEntryStorage
{
    private readonly PostgreSqlBatchers _batchers;

    public PostgreSqlGrainEntryStorage(PostgreSqlBatchers batchers)
    {
        ArgumentNullException.ThrowIfNull(batchers);
        _batchers = batchers;
    }

    public Task<IReadOnlyList<StoredGrainEntry>> ReadEntriesAsync(string name, GrainId grainId, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(name, grainId);
        return _batchers.Reads.Enqueue(new EntryReadOperation(_batchers.EntryRead, Key(name, grainId), cancellationToken));
    }

    public async Task WriteEntriesAsync(string name, GrainId grainId, IReadOnlyList<GrainEntryChange> changes, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(name, grainId);
        ArgumentNullException.ThrowIfNull(changes);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            ArgumentNullException.ThrowIfNull(change, nameof(changes));
            GrainIdArguments.ThrowIfInvalidName(change.Key, nameof(changes));
            if (!keys.Add(change.Key))
            {
                throw new ArgumentException($"Entry '{change.Key}' appears twice in one write.", nameof(changes));
            }
        }

        if (changes.Count > 0)
        {
            await _batchers.Writes.Enqueue(new EntryChangesOperation(
                _batchers.EntryChanges, Key(name, grainId), GrainIdArguments.SignedHash(grainId), changes, cancellationToken)).ConfigureAwait(false);
        }
    }

    private static BatchKey Key(string name, GrainId grainId)
    {
        var (type, key) = GrainIdArguments.Columns(grainId);
        return new BatchKey(type, key, name);
    }

    private static void ThrowIfInvalid(string name, GrainId grainId)
    {
        GrainIdArguments.ThrowIfInvalidName(name, nameof(name));
        GrainIdArguments.ThrowIfInvalid(grainId, nameof(grainId));
    }
}
