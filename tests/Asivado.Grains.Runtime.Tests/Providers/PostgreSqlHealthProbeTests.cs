using Asivado.Grains.Runtime.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Asivado.Grains.Runtime.Tests.Providers;

public sealed class PostgreSqlHealthProbeTests
{
    [Fact]
    public async Task A_running_server_is_reachable_and_healthy()
    {
        await using var dataSource = NpgsqlDataSource.Create(PostgreSqlTestSchema.ConnectionString);
        var probe = new PostgreSqlHealthProbe(dataSource);

        Assert.True(await probe.IsReachableAsync(CancellationToken.None));
        Assert.Equal(HealthStatus.Healthy, (await new PostgreSqlHealthCheck(probe).CheckHealthAsync(Context())).Status);
    }

    [Fact]
    public async Task A_server_that_refuses_connections_is_unreachable_and_unhealthy()
    {
        // Port 1 on the loopback interface refuses the connection at once.
        var connectionString = new NpgsqlConnectionStringBuilder(PostgreSqlTestSchema.ConnectionString) { Port = 1, Timeout = 5 }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var probe = new PostgreSqlHealthProbe(dataSource);

        Assert.False(await probe.IsReachableAsync(CancellationToken.None));
        Assert.Equal(HealthStatus.Unhealthy, (await new PostgreSqlHealthCheck(probe).CheckHealthAsync(Context())).Status);
    }

    [Fact]
    public async Task The_registered_postgresql_check_reports_the_database_healthy()
    {
        var services = new ServiceCollection();
        services.AddPostgreSqlGrainProviders(PostgreSqlTestSchema.ConnectionString);
        services.AddHealthChecks().AddPostgreSqlGrainProvidersCheck("ready");
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = Assert.Single(report.Entries);
        Assert.Equal("postgresql", entry.Key);
        Assert.Equal(HealthStatus.Healthy, entry.Value.Status);
        Assert.Equal(["ready"], entry.Value.Tags);
    }

    private static HealthCheckContext Context() => new()
    {
        Registration = new HealthCheckRegistration(PostgreSqlHealthCheck.Name, _ => throw new InvalidOperationException(), HealthStatus.Unhealthy, tags: null),
    };
}
