using System.Text.Json;
using Asivado.Orleans.Persistence.Json;
using Asivado.Orleans.PostgreSql.Batching;
using Asivado.Orleans.PostgreSql.Storage.Batched;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Asivado.Orleans.PostgreSql.Storage;

/// <summary>
/// Orleans grain state in PostgreSQL, one row per (grain type, grain key, state name), the state as System.Text.Json
/// UTF-8 (<see cref="GrainStateJsonOptions"/>) stored byte for byte in a bytea column: readable, no .NET type names.
/// The ETag is the row's version, drawn from a sequence; a write is one compare-and-swap (<c>WHERE version =
/// expected</c>, or an insert when the ETag is null) and a mismatch an <see cref="InconsistentStateException"/>; a
/// clear deletes the row, also only at the expected ETag. Reads and writes go through <see cref="PostgreSqlBatchers"/>,
/// so those of many grains share a round trip and a commit; a write returns once its batch has committed.
/// </summary>
public sealed partial class PostgreSqlGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly string _name;
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgreSqlBatchers _batchers;
    private readonly PostgreSqlOptions _options;
    private readonly JsonSerializerOptions _json;
    private readonly IActivatorProvider _activators;
    private readonly ILogger<PostgreSqlGrainStorage> _logger;

    public PostgreSqlGrainStorage(
        string name,
        NpgsqlDataSource dataSource,
        PostgreSqlBatchers batchers,
        IOptions<PostgreSqlOptions> options,
        IOptions<GrainStateJsonOptions> jsonOptions,
        IActivatorProvider activators,
        ILogger<PostgreSqlGrainStorage> logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(batchers);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(jsonOptions);
        ArgumentNullException.ThrowIfNull(activators);
        ArgumentNullException.ThrowIfNull(logger);
        PostgreSqlOptionsValidator.ThrowIfInvalid(options.Value);
        _name = name;
        _dataSource = dataSource;
        _batchers = batchers;
        _options = options.Value;
        _json = jsonOptions.Value.SerializerOptions;
        _activators = activators;
        _logger = logger;
    }

    /// <summary>The name the storage is registered under.</summary>
    public string Name => _name;

    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(OptionFormattingUtilities.Name<PostgreSqlGrainStorage>(_name), _options.StorageInitStage, InitAsync);
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var stored = await ReadAsync(stateName, grainId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            Reset(grainState);
            return;
        }

        grainState.State = Deserialize<T>(stateName, grainId, stored.Json);
        grainState.ETag = VersionETag.Format(stored.Version);
        grainState.RecordExists = true;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        ThrowIfInvalid(stateName, grainId);
        var key = Key(stateName, grainId);
        var hash = GrainIdArguments.SignedHash(grainId);
        var payload = JsonSerializer.SerializeToUtf8Bytes(grainState.State, _json);
        var expectedETag = grainState.ETag;
        while (true)
        {
            long? written;
            if (expectedETag is null)
            {
                written = await _batchers.Writes.Enqueue(new StateWriteOperation(_batchers.StateInsert, key, hash, null, payload, cancellationToken)).ConfigureAwait(false);
            }
            else if (VersionETag.TryParse(expectedETag, out var expectedVersion))
            {
                written = await _batchers.Writes.Enqueue(new StateWriteOperation(_batchers.StateUpdate, key, hash, expectedVersion, payload, cancellationToken)).ConfigureAwait(false);
            }
            else
            {
                written = null;
            }

            if (written is { } version)
            {
                grainState.ETag = VersionETag.Format(version);
                grainState.RecordExists = true;
                return;
            }

            var stored = await ReadAsync(stateName, grainId, cancellationToken).ConfigureAwait(false);

            // The row that stopped the insert vanished between the two statements: what this writer expected is true again.
            if (expectedETag is null && stored is null)
            {
                continue;
            }

            throw Conflict(nameof(WriteStateAsync), stateName, grainId, stored, expectedETag);
        }
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        ThrowIfInvalid(stateName, grainId);
        var expectedETag = grainState.ETag;
        if (VersionETag.TryParse(expectedETag, out var expectedVersion)
            && await _batchers.Writes.Enqueue(new StateDeleteOperation(_batchers.StateDelete, Key(stateName, grainId), expectedVersion, cancellationToken)).ConfigureAwait(false))
        {
            Reset(grainState);
            return;
        }

        var stored = await ReadAsync(stateName, grainId, cancellationToken).ConfigureAwait(false);
        if (expectedETag is null && stored is null)
        {
            Reset(grainState);
            return;
        }

        throw Conflict(nameof(ClearStateAsync), stateName, grainId, stored, expectedETag);
    }

    private Task<StoredState?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken)
    {
        ThrowIfInvalid(stateName, grainId);
        return _batchers.Reads.Enqueue(new StateReadOperation(_batchers.StateRead, Key(stateName, grainId), cancellationToken));
    }

    private async Task InitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = _dataSource.CreateCommand($"SELECT 1 FROM \"{_options.Schema}\".grain_state LIMIT 0");
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            LogInitialized(_logger, _name, _options.Schema);
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            throw new InvalidOperationException(
                $"Grain storage '{_name}' finds no table \"{_options.Schema}\".grain_state: the schema has not been migrated. " +
                $"Keep {nameof(PostgreSqlOptions)}.{nameof(PostgreSqlOptions.RunMigrations)} on, or migrate the schema before the silos start.",
                exception);
        }
    }

    private T Deserialize<T>(string stateName, GrainId grainId, byte[] json)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, _json) ?? CreateInstance<T>();
        }
        catch (JsonException exception)
        {
            LogUnreadableState(_logger, exception, _name, grainId.Type.ToString()!, stateName);
            throw;
        }
    }

    private void Reset<T>(IGrainState<T> grainState)
    {
        grainState.State = CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private T CreateInstance<T>() => _activators.GetActivator<T>().Create();

    private InconsistentStateException Conflict(string operation, string stateName, GrainId grainId, StoredState? stored, string? expected)
    {
        var storedETag = stored is null ? null : VersionETag.Format(stored.Version);
        var grainType = grainId.Type.ToString()!;
        LogConflict(_logger, _name, operation, grainType, stateName, storedETag ?? "none", expected ?? "none");
        return new InconsistentStateException(
            $"{operation} of state '{stateName}' of a '{grainType}' grain in storage '{_name}' lost a race: stored ETag '{storedETag ?? "none"}', expected '{expected ?? "none"}'.",
            storedETag,
            expected);
    }

    private static BatchKey Key(string stateName, GrainId grainId)
    {
        var (type, key) = GrainIdArguments.Columns(grainId);
        return new BatchKey(type, key, stateName);
    }

    private static void ThrowIfInvalid(string stateName, GrainId grainId)
    {
        GrainIdArguments.ThrowIfInvalidName(stateName, nameof(stateName));
        GrainIdArguments.ThrowIfInvalid(grainId, nameof(grainId));
    }
}
