using Asivado.Orleans.Deadlines.Table;
using Asivado.Orleans.Persistence.Entries;
using Asivado.Orleans.Persistence.Json;
using Asivado.Orleans.PostgreSql.Batching;
using Asivado.Orleans.PostgreSql.Deadlines;
using Asivado.Orleans.PostgreSql.Entries;
using Asivado.Orleans.PostgreSql.Health;
using Asivado.Orleans.PostgreSql.Migrations;
using Asivado.Orleans.PostgreSql.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;

namespace Asivado.Orleans.PostgreSql.Hosting;

public static class PostgreSqlSiloBuilderExtensions
{
    /// <summary>Stores the silo's grain state, keyed-collection entries and deadlines in PostgreSQL; see <see cref="AddAsivadoPostgreSql(IServiceCollection, Action{OptionsBuilder{PostgreSqlOptions}})"/>.</summary>
    public static ISiloBuilder AddAsivadoPostgreSql(this ISiloBuilder builder, Action<PostgreSqlOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddAsivadoPostgreSql(options => options.Configure(configure));
        return builder;
    }

    /// <summary>As <see cref="AddAsivadoPostgreSql(ISiloBuilder, Action{PostgreSqlOptions})"/>, the options bound from <paramref name="section"/> (e.g. <see cref="PostgreSqlOptions.ConfigurationSection"/>).</summary>
    public static ISiloBuilder AddAsivadoPostgreSql(this ISiloBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        builder.Services.AddAsivadoPostgreSql(options => options.Bind(section));
        return builder;
    }

    /// <summary>
    /// Registers, on one keyed <see cref="NpgsqlDataSource"/> (<see cref="PostgreSqlOptions.DataSourceKey"/>) and one
    /// pair of batchers: the schema migrator (a silo lifecycle participant at <see cref="PostgreSqlOptions.MigrationStage"/>);
    /// <see cref="PostgreSqlGrainStorage"/> as Orleans' default grain storage and as <see cref="PostgreSqlOptions.StorageName"/>;
    /// <see cref="PostgreSqlGrainEntryStorage"/> as <see cref="IGrainEntryStorage"/> and <see cref="PostgreSqlDeadlineTable"/>
    /// as <see cref="IDeadlineTable"/>, replacing any registered before (register memory defaults with TryAdd); and the
    /// <see cref="PostgreSqlHealthCheck"/> tagged <see cref="PostgreSqlHealthCheck.ReadyTag"/>. The options are validated
    /// when the host starts, every problem named. Calling it again only adds configuration.
    /// </summary>
    public static IServiceCollection AddAsivadoPostgreSql(this IServiceCollection services, Action<OptionsBuilder<PostgreSqlOptions>> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        configure(services.AddOptions<PostgreSqlOptions>());
        if (services.Any(static descriptor => descriptor.ServiceType == typeof(PostgreSqlBatchers)))
        {
            return services;
        }

        services.AddOptions<PostgreSqlOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgreSqlOptions>, PostgreSqlOptionsValidator>());
        services.AddOptions<GrainStateJsonOptions>();
        services.AddKeyedSingleton(PostgreSqlOptions.DataSourceKey, static (provider, _) =>
            PostgreSqlDataSourceFactory.Create(provider.GetRequiredService<IOptions<PostgreSqlOptions>>().Value, provider.GetService<ILoggerFactory>()));
        services.AddSingleton<PostgreSqlBatchers>();

        services.AddSingleton<PostgreSqlSchemaMigrator>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(static provider => provider.GetRequiredService<PostgreSqlSchemaMigrator>());

        services.AddGrainStorage(PostgreSqlOptions.StorageName, CreateGrainStorage);
        services.AddGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, CreateGrainStorage);

        services.RemoveAll<IGrainEntryStorage>();
        services.AddSingleton<IGrainEntryStorage, PostgreSqlGrainEntryStorage>();
        services.RemoveAll<IDeadlineTable>();
        services.AddSingleton<IDeadlineTable, PostgreSqlDeadlineTable>();

        services.TryAddSingleton<PostgreSqlHealthProbe>();
        services.AddHealthChecks().AddCheck<PostgreSqlHealthCheck>(PostgreSqlHealthCheck.Name, HealthStatus.Unhealthy, [PostgreSqlHealthCheck.ReadyTag]);
        return services;
    }

    /// <summary>The factory behind each storage name; it returns the concrete type, so the lifecycle participation is wired.</summary>
    private static PostgreSqlGrainStorage CreateGrainStorage(IServiceProvider provider, string name) => new(
        name,
        provider.GetRequiredKeyedService<NpgsqlDataSource>(PostgreSqlOptions.DataSourceKey),
        provider.GetRequiredService<PostgreSqlBatchers>(),
        provider.GetRequiredService<IOptions<PostgreSqlOptions>>(),
        provider.GetRequiredService<IOptions<GrainStateJsonOptions>>(),
        provider.GetRequiredService<IActivatorProvider>(),
        provider.GetRequiredService<ILogger<PostgreSqlGrainStorage>>());
}
