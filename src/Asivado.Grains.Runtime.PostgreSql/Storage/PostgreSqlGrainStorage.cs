using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Asivado.Grains.Runtime.PostgreSql.Storage;

/// <summary>
/// Grain state in PostgreSQL. The payload is stored as bytea, byte for byte, because jsonb reorders keys
/// (System.Text.Json needs "$type" first) and drops formatting. ETags are row versions; every write is one
/// statement that checks the version atomically.
/// </summary>
public sealed partial class PostgreSqlGrainStorage : IGrainStorage
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly GrainStateStatements _sql;
    private readonly ILogger<PostgreSqlGrainStorage> _logger;

    public PostgreSqlGrainStorage(
        [FromKeyedServices(PostgreSqlGrainProviderOptions.DataSourceKey)] NpgsqlDataSource dataSource,
        PostgreSqlGrainProviderOptions options,
        ILogger<PostgreSqlGrainStorage> logger)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        _dataSource = dataSource;
        _sql = new GrainStateStatements(options.Schema);
        _logger = logger;
    }

    public async Task<StoredGrainState?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(stateName, grainId);
        await using var command = KeyedCommand(_sql.Read, stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new StoredGrainState(reader.GetFieldValue<byte[]>(0), VersionETag.Format(reader.GetInt64(1)));
    }

    public async Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(stateName, grainId);
        while (true)
        {
            long? written;
            if (expectedETag is null)
            {
                await using var insert = KeyedCommand(_sql.Insert, stateName, grainId);
                insert.Parameters.Add(new NpgsqlParameter<int>("grain_hash", GrainIdArguments.SignedHash(grainId)));
                insert.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("payload", NpgsqlDbType.Bytea) { TypedValue = json });
                written = (long?)await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            }
            else if (VersionETag.TryParse(expectedETag, out var expectedVersion))
            {
                await using var update = KeyedCommand(_sql.Update, stateName, grainId);
                update.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("payload", NpgsqlDbType.Bytea) { TypedValue = json });
                update.Parameters.Add(new NpgsqlParameter<long>("version", expectedVersion));
                written = (long?)await update.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
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
        if (VersionETag.TryParse(expectedETag, out var expectedVersion))
        {
            await using var delete = KeyedCommand(_sql.Delete, stateName, grainId);
            delete.Parameters.Add(new NpgsqlParameter<long>("version", expectedVersion));
            if (await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                return;
            }
        }

        var stored = await ReadETagAsync(stateName, grainId, cancellationToken).ConfigureAwait(false);
        if (expectedETag is null && stored is null)
        {
            return;
        }

        throw Conflict(stateName, grainId, stored, expectedETag);
    }

    private async Task<string?> ReadETagAsync(string stateName, GrainId grainId, CancellationToken cancellationToken)
    {
        await using var command = KeyedCommand(_sql.ReadVersion, stateName, grainId);
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

    private NpgsqlCommand KeyedCommand(string sql, string stateName, GrainId grainId)
    {
        var command = _dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string>("grain_type", grainId.Type));
        command.Parameters.Add(new NpgsqlParameter<string>("grain_key", grainId.Key));
        command.Parameters.Add(new NpgsqlParameter<string>("state_name", stateName));
        return command;
    }

    private static void ThrowIfInvalid(string stateName, GrainId grainId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateName);
        GrainIdArguments.ThrowIfInvalidName(stateName, nameof(stateName));
        GrainIdArguments.ThrowIfInvalid(grainId, nameof(grainId));
    }
}
