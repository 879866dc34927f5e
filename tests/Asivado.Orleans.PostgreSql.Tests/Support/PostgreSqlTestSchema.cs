using Asivado.Orleans.Deadlines.Table;
using Asivado.Orleans.Persistence.Json;
using Asivado.Orleans.PostgreSql.Batching;
using Asivado.Orleans.PostgreSql.Deadlines;
using Asivado.Orleans.PostgreSql.Entries;
using Asivado.Orleans.PostgreSql.Hosting;
using Asivado.Orleans.PostgreSql.Migrations;
using Asivado.Orleans.PostgreSql.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Tests.Support;

/// <summary>
/// A fresh schema ("t_" + a guid) in the test database, dropped on dispose, so test classes are isolated and may run
/// in parallel. The database comes from ASIVADO_TEST_POSTGRES; tests fail, never skip, without it.
/// </summary>
internal sealed class PostgreSqlTestSchema : IAsyncDisposable
{
    private const string ConnectionStringVariable = "ASIVADO_TEST_POSTGRES";

    private PostgreSqlTestSchema(Action<PostgreSqlOptions>? configure)
    {
        Options = NewOptions("t_" + Guid.NewGuid().ToString("N"));
        configure?.Invoke(Options);
        DataSource = PostgreSqlDataSourceFactory.Create(Options);
        Batchers = new PostgreSqlBatchers(DataSource, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<PostgreSqlBatchers>.Instance);
    }

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                $"{ConnectionStringVariable} is not set. Run the tests with {ConnectionStringVariable}=$(scripts/ensure-postgres.sh).");

    public PostgreSqlOptions Options { get; }

    public string Name => Options.Schema;

    public NpgsqlDataSource DataSource { get; }

    /// <summary>The batchers the providers of this schema share, as the host registers them.</summary>
    public PostgreSqlBatchers Batchers { get; }

    public static PostgreSqlOptions NewOptions(string schema) => new() { ConnectionString = ConnectionString, Schema = schema };

    /// <summary>A schema name only; nothing exists in the database until a migrator runs.</summary>
    public static PostgreSqlTestSchema CreateEmpty(Action<PostgreSqlOptions>? configure = null) => new(configure);

    public static async Task<PostgreSqlTestSchema> CreateMigratedAsync(Action<PostgreSqlOptions>? configure = null)
    {
        var schema = new PostgreSqlTestSchema(configure);
        await schema.CreateMigrator().MigrateAsync(CancellationToken.None);
        return schema;
    }

    public PostgreSqlSchemaMigrator CreateMigrator(IReadOnlyList<SchemaMigration>? migrations = null) =>
        new(DataSource, Options, NullLogger<PostgreSqlSchemaMigrator>.Instance, migrations ?? EmbeddedMigrations.All);

    public PostgreSqlGrainStorage CreateGrainStorage(GrainStateJsonOptions? json = null) => new(
        PostgreSqlOptions.StorageName,
        DataSource,
        Batchers,
        Microsoft.Extensions.Options.Options.Create(Options),
        Microsoft.Extensions.Options.Options.Create(json ?? new GrainStateJsonOptions()),
        new TestActivatorProvider(),
        NullLogger<PostgreSqlGrainStorage>.Instance);

    public PostgreSqlGrainEntryStorage CreateEntryStorage() => new(Batchers);

    public IDeadlineTable CreateDeadlineTable() => new PostgreSqlDeadlineTable(DataSource, Batchers, Microsoft.Extensions.Options.Options.Create(Options));

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Locks the rows <paramref name="whereSql"/> selects in <paramref name="table"/> in a transaction of the test's own, until it commits.</summary>
    public async Task<NpgsqlTransaction> LockRowsAsync(string table, string whereSql)
    {
        var connection = await DataSource.OpenConnectionAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand($"SELECT 1 FROM \"{Name}\".{table} WHERE {whereSql} FOR UPDATE", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return transaction;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ExecuteAsync($"DROP SCHEMA IF EXISTS \"{Name}\" CASCADE");
        }
        finally
        {
            await Batchers.DisposeAsync();
            await DataSource.DisposeAsync();
        }
    }
}
