using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans;
using Orleans.Runtime;

namespace Asivado.Orleans.PostgreSql.Migrations;

/// <summary>
/// Brings the providers' schema up to date at silo start-up, as a silo lifecycle participant at
/// <see cref="PostgreSqlOptions.MigrationStage"/> (before <see cref="ServiceLifecycleStage.RuntimeInitialize"/> by
/// default, so before anything uses the tables): creates the schema when missing, then applies the embedded migrations
/// in version order, each in its own transaction and recorded in schema_migrations. Every transaction holds an
/// advisory lock for the schema, so silos starting together apply each migration once. A recorded migration whose
/// script changed stops start-up with a <see cref="SchemaMigrationException"/>.
/// </summary>
public sealed partial class PostgreSqlSchemaMigrator : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;
    private readonly string _quotedSchema;
    private readonly long _lockKey;
    private readonly IReadOnlyList<SchemaMigration> _migrations;
    private readonly PostgreSqlOptions _options;
    private readonly ILogger<PostgreSqlSchemaMigrator> _logger;

    public PostgreSqlSchemaMigrator(
        [FromKeyedServices(PostgreSqlOptions.DataSourceKey)] NpgsqlDataSource dataSource,
        IOptions<PostgreSqlOptions> options,
        ILogger<PostgreSqlSchemaMigrator> logger)
        : this(dataSource, options?.Value!, logger, EmbeddedMigrations.All)
    {
    }

    internal PostgreSqlSchemaMigrator(
        NpgsqlDataSource dataSource,
        PostgreSqlOptions options,
        ILogger<PostgreSqlSchemaMigrator> logger,
        IReadOnlyList<SchemaMigration> migrations)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(migrations);
        PostgreSqlOptionsValidator.ThrowIfInvalid(options);
        _dataSource = dataSource;
        _options = options;
        _schema = options.Schema;
        _quotedSchema = $"\"{options.Schema}\"";
        _lockKey = LockKey(options.Schema);
        _migrations = migrations.OrderBy(static m => m.Version).ToList();
        _logger = logger;
    }

    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        if (_options.RunMigrations)
        {
            lifecycle.Subscribe(nameof(PostgreSqlSchemaMigrator), _options.MigrationStage, async cancellationToken => await MigrateAsync(cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>
    /// Brings the schema up to date now, as the silo does at start-up: for a deployment step or tool that migrates
    /// before the silos start (with <see cref="PostgreSqlOptions.RunMigrations"/> off on the silos).
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken) => await MigrateAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The advisory lock key for a schema: the first 8 bytes of SHA-256 over a fixed prefix and the name, the same in every process.</summary>
    internal static long LockKey(string schema) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("asivado-schema-migrations:" + schema)));

    /// <returns>The migrations this call applied, in order (empty when the schema was up to date).</returns>
    internal async Task<IReadOnlyList<SchemaMigration>> MigrateAsync(CancellationToken cancellationToken)
    {
        var appliedNow = new List<SchemaMigration>();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, new NpgsqlParameter<long>("key", _lockKey)).ConfigureAwait(false);
            await EnsureHistoryTableAsync(connection, cancellationToken).ConfigureAwait(false);
            var recorded = await ReadRecordedChecksumsAsync(connection, cancellationToken).ConfigureAwait(false);
            VerifyRecordedMigrations(recorded);

            var next = _migrations.FirstOrDefault(m => !recorded.ContainsKey(m.Version));
            if (next is null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                break;
            }

            await ExecuteAsync(connection, $"SET LOCAL search_path TO {_quotedSchema}", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, next.Sql, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(
                connection,
                $"INSERT INTO {_quotedSchema}.schema_migrations (version, name, checksum) VALUES (@version, @name, @checksum)",
                cancellationToken,
                new NpgsqlParameter<int>("version", next.Version),
                new NpgsqlParameter<string>("name", next.Name),
                new NpgsqlParameter<string>("checksum", next.Checksum)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            appliedNow.Add(next);
            LogMigrationApplied(_logger, next.Version, next.Name, _schema);
        }

        if (appliedNow.Count == 0)
        {
            LogSchemaUpToDate(_logger, _schema);
        }

        return appliedNow;
    }

    private async Task EnsureHistoryTableAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // Checked first so a role without CREATE on the database can use a schema someone else created.
        await using var exists = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = @schema)", connection);
        exists.Parameters.Add(new NpgsqlParameter<string>("schema", _schema));
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
        {
            await ExecuteAsync(connection, $"CREATE SCHEMA {_quotedSchema}", cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(
            connection,
            $"""
            CREATE TABLE IF NOT EXISTS {_quotedSchema}.schema_migrations (
                version    integer     NOT NULL PRIMARY KEY,
                name       text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(),
                checksum   text        NOT NULL
            )
            """,
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<Dictionary<int, (string Name, string Checksum)>> ReadRecordedChecksumsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var recorded = new Dictionary<int, (string, string)>();
        await using var command = new NpgsqlCommand($"SELECT version, name, checksum FROM {_quotedSchema}.schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            recorded.Add(reader.GetInt32(0), (reader.GetString(1), reader.GetString(2)));
        }

        return recorded;
    }

    private void VerifyRecordedMigrations(Dictionary<int, (string Name, string Checksum)> recorded)
    {
        foreach (var (version, (name, checksum)) in recorded)
        {
            var known = _migrations.FirstOrDefault(m => m.Version == version);
            if (known is null)
            {
                LogUnknownMigration(_logger, version, name, _schema);
                continue;
            }

            if (!string.Equals(known.Checksum, checksum, StringComparison.Ordinal))
            {
                throw new SchemaMigrationException(
                    $"Migration {version:D4}_{name} in schema '{_schema}' was applied with checksum {checksum}, but this build's script has checksum {known.Checksum}. " +
                    "An applied migration must never change: restore the script and add a new migration instead.");
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
