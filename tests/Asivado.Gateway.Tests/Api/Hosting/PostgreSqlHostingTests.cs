using System.Net;
using Asivado.Gateway.Hosting;
using Asivado.Gateway.Tests.Api.Support;
using Asivado.Orleans.PostgreSql;
using Asivado.Orleans.PostgreSql.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Asivado.Gateway.Tests.Api.Hosting;

public sealed class PostgreSqlHostingTests
{
    [Fact]
    public async Task With_a_connection_string_readiness_checks_postgresql_and_cases_survive_a_restart()
    {
        await using var database = new PostgreSqlTestDatabase();
        string id;
        await using (var first = database.CreateGateway())
        {
            using var client = first.CreateClient();
            using var ready = await client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
            var checks = first.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.Select(r => r.Name);
            Assert.Contains(PostgreSqlHealthCheck.Name, checks);
            Assert.Equal(new GrainProvidersInUse("postgresql", database.Schema), first.Services.GetRequiredService<GrainProvidersInUse>());

            id = await client.OpenEmailCaseAsync();
            await client.ActAsync(id, "assign", new { agentId = "alice" });
            await client.ActAsync(id, "acknowledge", new { method = "Email" });
        }

        await using var second = database.CreateGateway();
        using var restarted = second.CreateClient();
        var view = await restarted.GetJsonAsync($"/api/cases/{id}");
        var history = await restarted.GetJsonAsync($"/api/cases/{id}/history");

        Assert.Equal("Alice Adams (Billing)", view["acknowledgement"]!["referredTo"].Text());
        Assert.Equal(["open", "assign", "acknowledge"], history.AsArray().Select(entry => entry!["action"].Text()));
    }

    [Fact]
    public async Task The_batching_settings_come_from_the_grains_postgresql_section()
    {
        await using var database = new PostgreSqlTestDatabase();
        await using var api = database.CreateGateway()
            .WithSetting("Grains:PostgreSql:Batching:MaxBatchSize", "250")
            .WithSetting("Grains:PostgreSql:Batching:MaxConcurrentWriteBatches", "2");
        using var client = api.CreateClient();

        var options = api.Services.GetRequiredService<IOptions<PostgreSqlOptions>>().Value;

        Assert.Equal(
            (250, 2, PostgreSqlBatchingOptions.DefaultMaxConcurrentBatches, database.Schema, database.ConnectionString),
            (options.Batching.MaxBatchSize, options.Batching.MaxConcurrentWriteBatches, options.Batching.MaxConcurrentReadBatches, options.Schema, options.ConnectionString));
        await client.OpenEmailCaseAsync();
    }

    [Fact]
    public async Task Without_a_connection_string_the_memory_providers_run_and_readiness_has_no_database_check()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(new GrainProvidersInUse("memory", null), api.Services.GetRequiredService<GrainProvidersInUse>());
        Assert.DoesNotContain(PostgreSqlHealthCheck.Name, api.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.Select(r => r.Name));
    }
}
