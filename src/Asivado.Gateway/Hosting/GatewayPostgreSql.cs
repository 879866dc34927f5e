namespace Asivado.Gateway.Hosting;

/// <summary>The gateway's PostgreSQL wiring: the project's Orleans providers on one NpgsqlDataSource, options from "Grains:PostgreSql".</summary>
internal static class GatewayPostgreSql
{
    public const string DefaultSchema = "asivado";

    public static ISiloBuilder AddGatewayPostgreSql(this ISiloBuilder silo, IConfiguration configuration, string connectionString)
    {
        // Filled in when the PostgreSQL providers land (Asivado.Orleans.PostgreSql).
        throw new NotSupportedException("PostgreSQL providers are not wired yet.");
    }
}
