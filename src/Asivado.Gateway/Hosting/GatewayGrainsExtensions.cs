using Asivado.Grains.Hosting;
using Asivado.Grains.Organisation.Configuration;
using Asivado.Orleans.Deadlines;
using Asivado.Orleans.Persistence.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;

namespace Asivado.Gateway.Hosting;

public static class GatewayGrainsExtensions
{
    /// <summary>The connection string that switches grain state and deadlines to PostgreSQL ("ConnectionStrings:Asivado").</summary>
    public const string ConnectionStringName = "Asivado";

    /// <summary>
    /// Optional settings of the PostgreSQL providers (Schema, Batching, ...), e.g. "Grains:PostgreSql:Batching:MaxBatchSize".
    /// </summary>
    public const string PostgreSqlSection = "Grains:PostgreSql";

    /// <summary>Optional: the schema of the PostgreSQL tables (default "asivado"); lets tests share one database.</summary>
    public const string SchemaKey = PostgreSqlSection + ":Schema";

    /// <summary>The configuration section bound to the deadline service's options ("Deadlines:LookAhead", ...).</summary>
    public const string DeadlinesSection = "Deadlines";

    /// <summary>
    /// The Orleans silo inside the gateway, with every Asivado grain, the deadline service and the organisation
    /// ("Organisation:File", or the embedded demo organisation). With ConnectionStrings:Asivado set, grain state and
    /// deadlines live in PostgreSQL and /readyz checks the database; without it the embedded default keeps them in
    /// memory. One silo on localhost clustering, or with "Orleans:Membership:Provider" = PostgreSql (and the connection string)
    /// a member of a cluster in that database; ports and ids from the "Orleans" section (<see cref="SiloSettings"/>).
    /// The clock is <see cref="TimeProvider.System"/> unless one is registered (tests register a fake).
    /// </summary>
    public static IHostApplicationBuilder AddGatewayGrains(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.TryAddSingleton(TimeProvider.System);
        builder.AddOrganisation();

        var silo = configuration.GetSection(SiloSettings.SectionName).Get<SiloSettings>() ?? new SiloSettings();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var schema = configuration[SchemaKey];
        builder.UseOrleans(orleans =>
        {
            orleans.UseGatewayClustering(silo, hasPostgreSql: !string.IsNullOrWhiteSpace(connectionString));
            orleans.UseKubernetesHostingWhenEnabled(configuration);
            orleans.AddAsivadoGrains();
            orleans.AddDeadlines(options => configuration.GetSection(DeadlinesSection).Bind(options));
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                orleans.AddMemoryGrainState();
                orleans.AddMemoryDeadlineTable();
            }
            else
            {
                orleans.AddGatewayPostgreSql(configuration, connectionString);
            }
        });

        services.AddSingleton(string.IsNullOrWhiteSpace(connectionString)
            ? new GrainProvidersInUse("memory", null)
            : new GrainProvidersInUse("postgresql", string.IsNullOrWhiteSpace(schema) ? GatewayPostgreSql.DefaultSchema : schema));
        services.AddHostedService<GrainProvidersStartupLog>();
        return builder;
    }
}
