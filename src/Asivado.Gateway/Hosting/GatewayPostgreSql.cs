using Asivado.Orleans.PostgreSql;
using Asivado.Orleans.PostgreSql.Hosting;

namespace Asivado.Gateway.Hosting;

/// <summary>The gateway's PostgreSQL wiring: the project's Orleans providers on one NpgsqlDataSource, options from "Grains:PostgreSql".</summary>
internal static class GatewayPostgreSql
{
    public const string DefaultSchema = PostgreSqlOptions.DefaultSchema;

    public static ISiloBuilder AddGatewayPostgreSql(this ISiloBuilder silo, IConfiguration configuration, string connectionString) =>
        silo.AddAsivadoPostgreSql(options =>
        {
            configuration.GetSection(GatewayGrainsExtensions.PostgreSqlSection).Bind(options);
            options.ConnectionString = connectionString;
            if (string.IsNullOrWhiteSpace(options.Schema))
            {
                options.Schema = DefaultSchema;
            }
        });
}
