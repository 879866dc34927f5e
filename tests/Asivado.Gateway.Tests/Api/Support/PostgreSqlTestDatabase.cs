using Npgsql;

namespace Asivado.Gateway.Tests.Api.Support;

/// <summary>
/// A fresh schema in the test database from ASIVADO_TEST_POSTGRES, dropped on dispose. Tests fail, never skip,
/// without the variable (scripts/test.sh sets it).
/// </summary>
public sealed class PostgreSqlTestDatabase : IAsyncDisposable
{
    private const string ConnectionStringVariable = "ASIVADO_TEST_POSTGRES";

    public string ConnectionString { get; } =
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                $"{ConnectionStringVariable} is not set. Run the tests with {ConnectionStringVariable}=$(scripts/ensure-postgres.sh), or through scripts/test.sh.");

    public string Schema { get; } = "gw_" + Guid.NewGuid().ToString("N");

    /// <summary>The gateway with this database: ConnectionStrings:Asivado and the schema.</summary>
    public GatewayApiFactory CreateGateway() =>
        new GatewayApiFactory()
            .WithSetting("ConnectionStrings:Asivado", ConnectionString)
            .WithSetting("Grains:PostgreSql:Schema", Schema);

    public async ValueTask DisposeAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var command = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE");
        await command.ExecuteNonQueryAsync();
    }
}
