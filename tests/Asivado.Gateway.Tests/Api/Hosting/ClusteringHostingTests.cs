using System.Net;
using Asivado.Gateway.Hosting;
using Asivado.Gateway.Tests.Api.Support;
using Asivado.Orleans.PostgreSql.Membership;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;

namespace Asivado.Gateway.Tests.Api.Hosting;

/// <summary>Orleans:Membership:Provider: localhost by default, membership in PostgreSQL when asked; /readyz follows the silo's membership.</summary>
public sealed class ClusteringHostingTests
{
    [Fact]
    public async Task With_postgresql_clustering_the_silo_is_an_active_member_in_the_table_and_ready()
    {
        await using var database = new PostgreSqlTestDatabase();
        await using var api = database.CreateGateway()
            .WithSetting("Orleans:Membership:Provider", "PostgreSql")
            .WithSetting("Orleans:AdvertisedIPAddress", "127.0.0.1")
            .WithSetting("Orleans:ClusterId", "clustering-test")
            .WithSetting("Orleans:SiloName", "silo-under-test");
        using var client = api.CreateClient();

        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.IsType<PostgreSqlMembershipTable>(api.Services.GetRequiredService<IMembershipTable>());
        var silo = api.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await using var command = dataSource.CreateCommand(
            $"SELECT silo_address || '|' || status || '|' || silo_name FROM \"{database.Schema}\".membership_silos WHERE cluster_id = 'clustering-test'");
        Assert.Equal($"{silo.ToParsableString()}|{(int)SiloStatus.Active}|silo-under-test", (string?)await command.ExecuteScalarAsync());
        var membership = api.Services.GetRequiredService<IOptions<ClusterMembershipOptions>>().Value;
        var tuned = new SiloMembershipSettings();
        Assert.Equal(
            (tuned.ProbeTimeout, tuned.NumMissedProbesLimit, tuned.NumVotesForDeathDeclaration, tuned.IAmAliveTablePublishTimeout, tuned.TableRefreshTimeout),
            (membership.ProbeTimeout, membership.NumMissedProbesLimit, membership.NumVotesForDeathDeclaration, membership.IAmAliveTablePublishTimeout, membership.TableRefreshTimeout));
    }

    [Fact]
    public async Task Readiness_fails_once_the_silo_is_no_longer_an_active_member_while_liveness_holds()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        using (var before = await client.GetAsync("/readyz"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await api.Services.GetRequiredService<Silo>().StopAsync(CancellationToken.None);

        using var ready = await client.GetAsync("/readyz");
        using var live = await client.GetAsync("/healthz");
        var report = await api.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == SiloMembershipHealthCheck.Name);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Contains("not Active", report.Entries[SiloMembershipHealthCheck.Name].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgresql_clustering_without_a_connection_string_refuses_to_start_naming_both_settings()
    {
        await using var api = new GatewayApiFactory().WithSetting("Orleans:Membership:Provider", "PostgreSql");

        var refused = Assert.Throws<InvalidOperationException>(() => api.CreateClient());

        Assert.Contains("Orleans:Membership:Provider", refused.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Asivado", refused.Message, StringComparison.Ordinal);
    }
}
