using Asivado.Grains.Runtime.PostgreSql;
using Asivado.Grains.Runtime.PostgreSql.Batching;
using Asivado.Grains.Runtime.PostgreSql.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Asivado.Grains.Runtime.Tests.Providers;

/// <summary>
/// A fresh schema ("t_" + a guid) in the test database, dropped on dispose, so tests are isolated and may run
/// in parallel. The database comes from ASIVADO_TEST_POSTGRES; tests fail, never skip, without it.
/// </summary>
internal sealed class PostgreSqlTestSchema : IAsyncDisposable
{
    private const string ConnectionStringVariable = "ASIVADO_TEST_POSTGRES";

    private PostgreSqlTestSchema()
    {
        Options = new PostgreSqlGrainProviderOptions
        {
            ConnectionString = ConnectionString,
            Schema = "t_" + Guid.NewGuid().ToString("N"),
        };
        DataSource = PostgreSqlGrainProvidersServiceCollectionExtensions.CreateDataSource(Options);
        Batchers = new PostgreSqlBatchers(DataSource, Options, NullLogger<PostgreSqlBatchers>.Instance);
    }

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                $"{ConnectionStringVariable} is not set. Run the tests with {ConnectionStringVariable}=$(scripts/ensure-postgres.sh), or through scripts/test.sh.");

    public PostgreSqlGrainProviderOptions Options { get; }

    public string Name => Options.Schema;

    public NpgsqlDataSource DataSource { get; }

    /// <summary>The batchers the providers of this schema share, as the host registers them.</summary>
    public PostgreSqlBatchers Batchers { get; }

    /// <summary>A schema name only; nothing exists in the database until a migrator runs.</summary>
    public static PostgreSqlTestSchema CreateEmpty() => new();

    public static async Task<PostgreSqlTestSchema> CreateMigratedAsync()
    {
        var schema = new PostgreSqlTestSchema();
        await schema.CreateMigrator().MigrateAsync(CancellationToken.None);
        return schema;
    }

    public PostgreSqlSchemaMigrator CreateMigrator(IReadOnlyList<SchemaMigration>? migrations = null) =>
        new(DataSource, Options, NullLogger<PostgreSqlSchemaMigrator>.Instance, migrations ?? EmbeddedMigrations.All);

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
