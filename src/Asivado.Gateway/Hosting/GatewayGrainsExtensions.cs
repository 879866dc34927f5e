using Asivado.Grains.Hosting;
using Asivado.Grains.Organisation.Configuration;
using Asivado.Grains.Runtime.Hosting;
using Asivado.Grains.Runtime.PostgreSql;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Asivado.Gateway.Hosting;

public static class GatewayGrainsExtensions
{
    /// <summary>The connection string that switches grain state and reminders to PostgreSQL ("ConnectionStrings:Asivado").</summary>
    public const string ConnectionStringName = "Asivado";

    /// <summary>Optional: the schema of the PostgreSQL tables (default "asivado"); lets tests share one database.</summary>
    public const string SchemaKey = "Grains:PostgreSql:Schema";

    /// <summary>
    /// The grain runtime with every Asivado grain, the reminder service and the organisation ("Organisation:File", or
    /// the embedded demo organisation). With ConnectionStrings:Asivado set, grain state and reminders live in
    /// PostgreSQL and /readyz checks the database; without it the embedded default keeps them in memory.
    /// The clock is <see cref="TimeProvider.System"/> unless one is registered (tests register a fake).
    /// </summary>
    public static IHostApplicationBuilder AddGatewayGrains(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddGrainRuntime(runtime => runtime.AddAsivadoGrains());
        services.AddReminderService();
        builder.AddOrganisation();

        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddSingleton(new GrainProvidersInUse("memory", null));
        }
        else
        {
            var schema = builder.Configuration[SchemaKey];
            services.AddPostgreSqlGrainProviders(options =>
            {
                options.ConnectionString = connectionString;
                if (!string.IsNullOrWhiteSpace(schema))
                {
                    options.Schema = schema;
                }
            });
            services.AddHealthChecks().AddPostgreSqlGrainProvidersCheck("ready");
            services.AddSingleton(new GrainProvidersInUse("postgresql", string.IsNullOrWhiteSpace(schema) ? PostgreSqlGrainProviderOptions.DefaultSchema : schema));
        }

        services.AddHostedService<GrainProvidersStartupLog>();
        return builder;
    }
}
