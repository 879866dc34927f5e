using Asivado.Grains.Hosting;
using Asivado.Grains.Organisation.Configuration;
using Asivado.Grains.Runtime.Hosting;
using Asivado.Grains.Runtime.PostgreSql;
using Asivado.Grains.Runtime.Reminders;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Asivado.Gateway.Hosting;

public static class GatewayGrainsExtensions
{
    /// <summary>The connection string that switches grain state and reminders to PostgreSQL ("ConnectionStrings:Asivado").</summary>
    public const string ConnectionStringName = "Asivado";

    /// <summary>
    /// Optional settings of the PostgreSQL providers (<see cref="PostgreSqlGrainProviderOptions"/>: Schema, MaxBatchSize,
    /// MaxConcurrentWriteBatches, MaxConcurrentReadBatches, MaxAutoPrepare), e.g. "Grains:PostgreSql:MaxBatchSize".
    /// </summary>
    public const string PostgreSqlSection = "Grains:PostgreSql";

    /// <summary>Optional: the schema of the PostgreSQL tables (default "asivado"); lets tests share one database.</summary>
    public const string SchemaKey = PostgreSqlSection + ":Schema";

    /// <summary>
    /// The configuration section bound to <see cref="ReminderServiceOptions"/>: "Reminders:Mode" (Exact, the default, or
    /// Polling, the help-desk baseline) and "Reminders:PollInterval" (e.g. "00:01:00", the default), plus the other
    /// options by name.
    /// </summary>
    public const string RemindersSection = "Reminders";

    /// <summary>
    /// The grain runtime with every Asivado grain, the reminder service and the organisation ("Organisation:File", or
    /// the embedded demo organisation). With ConnectionStrings:Asivado set, grain state and reminders live in
    /// PostgreSQL and /readyz checks the database; without it the embedded default keeps them in memory.
    /// Reminder options come from the "Reminders" section (<see cref="RemindersSection"/>).
    /// The clock is <see cref="TimeProvider.System"/> unless one is registered (tests register a fake).
    /// </summary>
    public static IHostApplicationBuilder AddGatewayGrains(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddGrainRuntime(runtime => runtime.AddAsivadoGrains());
        services.AddReminderService();
        services.AddOptions<ReminderServiceOptions>().Bind(builder.Configuration.GetSection(RemindersSection));
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
                builder.Configuration.GetSection(PostgreSqlSection).Bind(options);
                options.ConnectionString = connectionString;
                if (string.IsNullOrWhiteSpace(schema))
                {
                    options.Schema = PostgreSqlGrainProviderOptions.DefaultSchema;
                }
            });
            services.AddHealthChecks().AddPostgreSqlGrainProvidersCheck("ready");
            services.AddSingleton(new GrainProvidersInUse("postgresql", string.IsNullOrWhiteSpace(schema) ? PostgreSqlGrainProviderOptions.DefaultSchema : schema));
        }

        services.AddHostedService<GrainProvidersStartupLog>();
        return builder;
    }
}
