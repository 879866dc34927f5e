using System.Data.Common;
using Asivado.Grains.Runtime.Hosting;
using Asivado.Grains.Runtime.PostgreSql.Batching;
using Asivado.Grains.Runtime.PostgreSql.Migrations;
using Asivado.Grains.Runtime.PostgreSql.Reminders;
using Asivado.Grains.Runtime.PostgreSql.Storage;
using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql;

public static class PostgreSqlGrainProvidersServiceCollectionExtensions
{
    /// <summary>Stores grain state and reminders in PostgreSQL at <paramref name="connectionString"/>, in the default schema.</summary>
    public static IServiceCollection AddPostgreSqlGrainProviders(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddPostgreSqlGrainProviders(options => options.ConnectionString = connectionString);
    }

    /// <summary>
    /// Stores grain state and reminders in PostgreSQL: replaces any <see cref="IGrainStorage"/> and
    /// <see cref="IReminderTable"/> registered before or after (the runtime only TryAdds its memory defaults),
    /// registers the schema migrator as a start-up task, and a <see cref="PostgreSqlHealthProbe"/>.
    /// The options are validated here, so a bad configuration fails at registration.
    /// </summary>
    public static IServiceCollection AddPostgreSqlGrainProviders(this IServiceCollection services, Action<PostgreSqlGrainProviderOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new PostgreSqlGrainProviderOptions();
        configure(options);
        options.Validate();

        services.AddLogging();
        services.RemoveAll<PostgreSqlGrainProviderOptions>();
        services.AddSingleton(options);
        services.RemoveAllKeyed<NpgsqlDataSource>(PostgreSqlGrainProviderOptions.DataSourceKey);
        services.AddKeyedSingleton(PostgreSqlGrainProviderOptions.DataSourceKey, (provider, _) => CreateDataSource(options, provider.GetService<ILoggerFactory>()));

        services.RemoveAll<PostgreSqlBatchers>();
        services.AddSingleton<PostgreSqlBatchers>();
        services.RemoveAll<IGrainStorage>();
        services.AddSingleton<IGrainStorage, PostgreSqlGrainStorage>();
        services.RemoveAll<IReminderTable>();
        services.AddSingleton<IReminderTable, PostgreSqlReminderTable>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGrainRuntimeStartupTask, PostgreSqlSchemaMigrator>());
        services.TryAddSingleton<PostgreSqlHealthProbe>();
        return services;
    }

    /// <summary>The data source the providers use; public so tools and tests build it the same way.</summary>
    public static NpgsqlDataSource CreateDataSource(PostgreSqlGrainProviderOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        var keys = new DbConnectionStringBuilder { ConnectionString = options.ConnectionString };
        if (!keys.ContainsKey("Max Auto Prepare") && !keys.ContainsKey("MaxAutoPrepare"))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = options.MaxAutoPrepare;
        }

        // The providers leave no session state behind (no temporary tables, settings or advisory locks outside the
        // migrator's transaction), so the reset Npgsql sends before each reuse of a pooled connection is pure cost.
        if (!keys.ContainsKey("No Reset On Close") && !keys.ContainsKey("NoResetOnClose"))
        {
            builder.ConnectionStringBuilder.NoResetOnClose = true;
        }

        if (loggerFactory is not null)
        {
            builder.UseLoggerFactory(loggerFactory);
        }

        return builder.Build();
    }
}
