using System.Runtime.InteropServices;
using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.PostgreSql.Batching;
using Asivado.Grains.Runtime.PostgreSql.Storage.Batched;
using Asivado.Grains.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Storage;

/// <summary>
/// Grain state and keyed collections in PostgreSQL. The payload is stored as bytea, byte for byte, because jsonb
/// reorders keys (System.Text.Json needs "$type" first) and drops formatting. ETags are row versions; every write
/// checks the version atomically in its statement. Reads and writes go through <see cref="PostgreSqlBatchers"/>,
/// so those of many grains share a round trip and a commit; a write returns once its batch has committed.
/// </summary>
public sealed partial class PostgreSqlGrainStorage : IGrainStorage
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgreSqlBatchers _batchers;
    private readonly GrainStateStatements _sql;
    private readonly ILogger<PostgreSqlGrainStorage> _logger;

    public PostgreSqlGrainStorage(
        [FromKeyedServices(PostgreSqlGrainProviderOptions.DataSourceKey)] NpgsqlDataSource dataSource,
        PostgreSqlBatchers batchers,
        PostgreSqlGrainProviderOptions options,
        ILogger<PostgreSqlGrainStorage> logger)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(batchers);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        _dataSource = dataSource;
        _batchers = batchers;
        _sql = new GrainStateStatements(options.Schema);
        _logger = logger;
    }

    public Task<StoredGrainState?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(stateName, grainId);
        return _batchers.Reads.Enqueue(new StateReadOperation(_batchers.StateRead, Key(stateName, grainId), cancellationToken));
    }

    public Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> json, string? expectedETag, CancellationToken cancellationToken = default) =>
        WriteAsync(stateName, grainId, json, expectedETag, [], cancellationToken);

    public async Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> json, string? expectedETag, IReadOnlyList<GrainEntryWrite> entries, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(stateName, grainId);
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var write in entries)
        {
            ThrowIfInvalidEntries(write.Name, grainId, write.Changes);
            if (write.Changes.Any(change => change.IsRemoval))
            {
                throw new ArgumentException($"Entries written with a state are appended or replaced, never removed ('{write.Name}').", nameof(entries));
            }
        }

        var key = Key(stateName, grainId);
        var payload = WholeArray(json);
        while (true)
        {
            long? written;
            if (expectedETag is null)
            {
                written = await _batchers.Writes.Enqueue(new StateWriteOperation(
                    _batchers.StateInsert, key, GrainIdArguments.SignedHash(grainId), null, payload, entries, cancellationToken)).ConfigureAwait(false);
            }
            else if (VersionETag.TryParse(expectedETag, out var expectedVersion))
            {
                written = await _batchers.Writes.Enqueue(new StateWriteOperation(
                    _batchers.StateUpdate, key, GrainIdArguments.SignedHash(grainId), expectedVersion, payload, entries, cancellationToken)).ConfigureAwait(false);
            }
            else
            {
                written = null;
            }

            if (written is { } version)
            {
                return VersionETag.Format(version);
            }

            var stored = await ReadETagAsync(stateName, grainId, cancellationToken).ConfigureAwait(false);

            // The conflicting record vanished between the two statements: what this writer expected is true again.
            if (expectedETag is null && stored is null)
            {
                continue;
            }

            throw Conflict(stateName, grainId, stored, expectedETag);
        }
    }

    public async Task ClearAsync(string stateName, GrainId grainId, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(stateName, grainId);
        if (VersionETag.TryParse(expectedETag, out var expectedVersion)
            && await _batchers.Writes.Enqueue(new StateDeleteOperation(_batchers.StateDelete, Key(stateName, grainId), expectedVersion, cancellationToken)).ConfigureAwait(false))
        {
            return;
        }

        var stored = await ReadETagAsync(stateName, grainId, cancellationToken).ConfigureAwait(false);
        if (expectedETag is null && stored is null)
        {
            return;
        }

        throw Conflict(stateName, grainId, stored, expectedETag);
    }

    public Task<IReadOnlyList<StoredGrainEntry>> ReadEntriesAsync(string name, GrainId grainId, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(name, grainId);
        return _batchers.Reads.Enqueue(new EntryReadOperation(_batchers.EntryRead, Key(name, grainId), cancellationToken));
    }

    public async Task WriteEntriesAsync(string name, GrainId grainId, IReadOnlyList<GrainEntryChange> changes, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalidEntries(name, grainId, changes);
        if (changes.Count > 0)
        {
            await _batchers.Writes.Enqueue(new EntryChangesOperation(
                _batchers.EntryChanges, Key(name, grainId), GrainIdArguments.SignedHash(grainId), changes, cancellationToken)).ConfigureAwait(false);
        }
    }

    private static void ThrowIfInvalidEntries(string name, GrainId grainId, IReadOnlyList<GrainEntryChange> changes)
    {
        ThrowIfInvalid(name, grainId);
        ArgumentNullException.ThrowIfNull(changes);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            GrainIdArguments.ThrowIfInvalidName(change.Key, nameof(changes));
            if (!keys.Add(change.Key))
            {
                throw new ArgumentException($"Entry '{change.Key}' appears twice in one write.", nameof(changes));
            }
        }
    }

    private static BatchKey Key(string name, GrainId grainId) => new(grainId.Type, grainId.Key, name);

    private static byte[] WholeArray(ReadOnlyMemory<byte> json) =>
        MemoryMarshal.TryGetArray(json, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : json.ToArray();

    private async Task<string?> ReadETagAsync(string stateName, GrainId grainId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(_sql.ReadVersion);
        command.Parameters.Add(new NpgsqlParameter<string>("grain_type", grainId.Type));
        command.Parameters.Add(new NpgsqlParameter<string>("grain_key", grainId.Key));
        command.Parameters.Add(new NpgsqlParameter<string>("state_name", stateName));
        var version = (long?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return version is { } value ? VersionETag.Format(value) : null;
    }

    private InconsistentStateException Conflict(string stateName, GrainId grainId, string? stored, string? expected)
    {
        LogConflict(_logger, stateName, grainId, stored ?? "none", expected ?? "none");
        return new InconsistentStateException(
            $"State '{stateName}' of grain {grainId} was written by someone else: stored ETag '{stored ?? "none"}', expected '{expected ?? "none"}'.",
            stored,
            expected);
    }

    private static void ThrowIfInvalid(string stateName, GrainId grainId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateName);
        GrainIdArguments.ThrowIfInvalidName(stateName, nameof(stateName));
        GrainIdArguments.ThrowIfInvalid(grainId, nameof(grainId));
    }
}
