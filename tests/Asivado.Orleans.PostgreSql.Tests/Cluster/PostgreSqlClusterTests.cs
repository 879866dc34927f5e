using Asivado.Orleans.Deadlines.Table;
using Asivado.Orleans.Persistence.Entries;
using Asivado.Orleans.PostgreSql.Deadlines;
using Asivado.Orleans.PostgreSql.Entries;
using Asivado.Orleans.PostgreSql.Health;
using Asivado.Orleans.PostgreSql.Migrations;
using Asivado.Orleans.PostgreSql.Hosting;
using Asivado.Orleans.PostgreSql.Storage;
using Asivado.Orleans.PostgreSql.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Orleans.Providers;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Asivado.Orleans.PostgreSql.Tests.Cluster;

/// <summary>The provider inside a real silo: registration, migration at start-up, IPersistentState across a cluster restart.</summary>
public sealed class PostgreSqlClusterTests : IAsyncLifetime
{
    private readonly PostgreSqlTestSchema _schema = PostgreSqlTestSchema.CreateEmpty();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    [Fact]
    public async Task A_persistent_state_survives_deactivation_and_a_cluster_restart()
    {
        await using (var first = await StartClusterAsync())
        {
            var grain = first.Client.GetGrain<ICaseNoteGrain>("case-7");
            await grain.Write("printer on fire", "urgent");
            await grain.Write("printer still on fire", "urgent");
            await grain.Deactivate();
            Assert.Equal("printer still on fire|2|urgent|True|True", await first.Client.GetGrain<ICaseNoteGrain>("case-7").Read());
            await first.StopAllSilosAsync();
        }

        await using var second = await StartClusterAsync();
        var again = second.Client.GetGrain<ICaseNoteGrain>("case-7");

        Assert.Equal("printer still on fire|2|urgent|True|True", await again.Read());
        Assert.Equal(
            """casenote|case-7|s|{"Text":"printer still on fire","Writes":2}""",
            await _schema.ScalarAsync<string>(
                $"SELECT grain_type || '|' || grain_key || '|' || state_name || '|' || convert_from(payload, 'UTF8') FROM \"{_schema.Name}\".grain_state WHERE state_name = 's'"));

        await again.Clear();
        await again.Deactivate();
        Assert.Equal("|0||False|False", await second.Client.GetGrain<ICaseNoteGrain>("case-7").Read());
        Assert.Equal(0L, await _schema.ScalarAsync<long>($"SELECT count(*) FROM \"{_schema.Name}\".grain_state"));
    }

    [Fact]
    public async Task The_silo_migrates_the_schema_at_start_and_resolves_every_provider_on_it()
    {
        await using var cluster = await StartClusterAsync();
        var services = cluster.GetSiloServiceProvider();

        Assert.Equal((long)EmbeddedMigrations.All.Count, await _schema.ScalarAsync<long>($"SELECT count(*) FROM \"{_schema.Name}\".schema_migrations"));
        Assert.IsType<PostgreSqlGrainStorage>(services.GetRequiredKeyedService<IGrainStorage>(PostgreSqlOptions.StorageName));
        Assert.IsType<PostgreSqlGrainStorage>(services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
        Assert.IsType<PostgreSqlGrainEntryStorage>(services.GetRequiredService<IGrainEntryStorage>());
        Assert.IsType<PostgreSqlDeadlineTable>(services.GetRequiredService<IDeadlineTable>());
        var check = Assert.Single(services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations, r => r.Name == PostgreSqlHealthCheck.Name);
        Assert.Contains(PostgreSqlHealthCheck.ReadyTag, check.Tags);
        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == PostgreSqlHealthCheck.Name);
        Assert.Equal(HealthStatus.Healthy, report.Status);
    }

    [Fact]
    public async Task An_invalid_configuration_stops_the_silo_naming_the_option()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddAsivadoPostgreSql(options =>
        {
            options.ConnectionString = _schema.Options.ConnectionString;
            options.Schema = "Not-Valid";
        }));
        await using var cluster = builder.Build();

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(cluster.DeployAsync);

        Assert.Contains("PostgreSqlOptions.Schema 'Not-Valid' is not valid", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_silo_that_must_not_migrate_refuses_to_start_on_an_unmigrated_schema()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddAsivadoPostgreSql(options =>
        {
            options.ConnectionString = _schema.Options.ConnectionString;
            options.Schema = _schema.Name;
            options.RunMigrations = false;
        }));
        await using var cluster = builder.Build();

        var refused = await Assert.ThrowsAnyAsync<Exception>(cluster.DeployAsync);

        Assert.Contains("has not been migrated", Flatten(refused), StringComparison.Ordinal);
        Assert.Equal(0L, await _schema.ScalarAsync<long>($"SELECT count(*) FROM pg_namespace WHERE nspname = '{_schema.Name}'"));
    }

    private static string Flatten(Exception exception) =>
        exception is AggregateException aggregate
            ? string.Join(" | ", aggregate.InnerExceptions.Select(Flatten))
            : exception.Message + (exception.InnerException is { } inner ? " | " + Flatten(inner) : "");

    private async Task<InProcessTestCluster> StartClusterAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddAsivadoPostgreSql(options =>
        {
            options.ConnectionString = _schema.Options.ConnectionString;
            options.Schema = _schema.Name;
        }));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
