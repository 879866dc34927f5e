using Asivado.Grains.Runtime.Hosting;
using Asivado.Grains.Runtime.PostgreSql;
using Asivado.Grains.Runtime.PostgreSql.Migrations;
using Asivado.Grains.Runtime.PostgreSql.Reminders;
using Asivado.Grains.Runtime.PostgreSql.Storage;
using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Asivado.Grains.Runtime.Tests.Providers;

public sealed class PostgreSqlGrainProviderRegistrationTests
{
    private const string ConnectionString = "Host=127.0.0.1;Username=asivado;Password=asivado;Database=asivado_test";

    [Fact]
    public async Task The_providers_replace_memory_defaults_registered_before()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IGrainStorage, MemoryGrainStorage>();
        services.AddSingleton<IReminderTable, MemoryReminderTable>();

        services.AddPostgreSqlGrainProviders(ConnectionString);

        await using var provider = services.BuildServiceProvider();
        Assert.IsType<PostgreSqlGrainStorage>(provider.GetRequiredService<IGrainStorage>());
        Assert.IsType<PostgreSqlReminderTable>(provider.GetRequiredService<IReminderTable>());
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IGrainStorage));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IReminderTable));
    }

    [Fact]
    public async Task Memory_defaults_tried_after_do_not_win()
    {
        var services = new ServiceCollection();
        services.AddPostgreSqlGrainProviders(options =>
        {
            options.ConnectionString = ConnectionString;
            options.Schema = "tenant_a";
        });

        services.TryAddSingleton<IGrainStorage, MemoryGrainStorage>();
        services.TryAddSingleton<IReminderTable, MemoryReminderTable>();

        await using var provider = services.BuildServiceProvider();
        Assert.IsType<PostgreSqlGrainStorage>(provider.GetRequiredService<IGrainStorage>());
        Assert.IsType<PostgreSqlReminderTable>(provider.GetRequiredService<IReminderTable>());
        Assert.Equal("tenant_a", provider.GetRequiredService<PostgreSqlGrainProviderOptions>().Schema);
    }

    [Fact]
    public async Task The_migrator_runs_at_start_up_and_the_probe_and_data_source_are_available()
    {
        var services = new ServiceCollection();
        services.AddPostgreSqlGrainProviders(ConnectionString);
        services.AddPostgreSqlGrainProviders(ConnectionString);

        await using var provider = services.BuildServiceProvider();
        Assert.IsType<PostgreSqlSchemaMigrator>(Assert.Single(provider.GetServices<IGrainRuntimeStartupTask>()));
        Assert.NotNull(provider.GetRequiredService<PostgreSqlHealthProbe>());
        Assert.Null(provider.GetService<NpgsqlDataSource>());
        Assert.Equal(
            "127.0.0.1",
            new NpgsqlConnectionStringBuilder(provider.GetRequiredKeyedService<NpgsqlDataSource>(PostgreSqlGrainProviderOptions.DataSourceKey).ConnectionString).Host);
    }

    [Fact]
    public void Bad_options_are_refused_at_registration_and_nothing_is_registered()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IGrainStorage, MemoryGrainStorage>();

        var refused = Assert.Throws<ArgumentException>(() => services.AddPostgreSqlGrainProviders(options =>
        {
            options.ConnectionString = ConnectionString;
            options.Schema = "Bad-Schema";
        }));

        Assert.Equal(nameof(PostgreSqlGrainProviderOptions.Schema), refused.ParamName);
        var only = Assert.Single(services);
        Assert.Equal(typeof(MemoryGrainStorage), only.ImplementationType);
    }

    [Fact]
    public void A_blank_connection_string_is_refused_naming_it()
    {
        var refused = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddPostgreSqlGrainProviders("  "));

        Assert.Equal("connectionString", refused.ParamName);
    }
}
