using System.Net;
using Asivado.Gateway.Tests.Api.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Asivado.Gateway.Tests.Hardening;

/// <summary>GET /metrics: Prometheus text for the allowed networks (loopback by default) and for admins.</summary>
public sealed class MetricsEndpointTests
{
    private static readonly IPAddress Outside = IPAddress.Parse("203.0.113.7");

    [Fact]
    public async Task From_loopback_the_scrape_needs_no_credentials_and_shows_aspnetcore_and_asivado_meters()
    {
        await using var api = new GatewayApiFactory();
        var local = From(api, IPAddress.Loopback);
        using var admin = local.CreateClient();
        admin.SignIn(TestTokens.Issue(local, TestTokens.AdminId, "admin", departmentId: null));
        await admin.PostJsonAsync("/api/cases", Intakes.Email()).ExpectAsync(HttpStatusCode.Created);
        using var client = local.CreateClient();
        client.SignOut();

        using var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
        Assert.Contains("asivado_gateway_intakes", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_another_network_an_anonymous_scrape_is_401_and_an_agent_403()
    {
        await using var api = new GatewayApiFactory();
        var outside = From(api, Outside);
        using var anonymous = outside.CreateClient();
        anonymous.SignOut();
        using var agent = outside.CreateClient();
        agent.SignIn(TestTokens.Issue(outside, "alice", "agent", "billing"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task An_admin_may_scrape_from_anywhere()
    {
        await using var api = new GatewayApiFactory();
        var outside = From(api, Outside);
        using var admin = outside.CreateClient();
        admin.SignIn(TestTokens.Issue(outside, TestTokens.AdminId, "admin", departmentId: null));

        using var response = await admin.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_configured_network_replaces_loopback()
    {
        await using var api = new GatewayApiFactory().WithSetting("Telemetry:Metrics:AllowedNetworks:0", "203.0.113.0/24");
        using var prometheus = From(api, Outside).CreateClient();
        prometheus.SignOut();
        using var local = From(api, IPAddress.Loopback).CreateClient();
        local.SignOut();

        Assert.Equal(HttpStatusCode.OK, (await prometheus.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await local.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task The_scrape_endpoint_is_not_part_of_the_api_document()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var document = await client.GetJsonAsync("/openapi/v1.json");

        Assert.Null(document["paths"]!["/metrics"]);
    }

    /// <summary>The gateway as seen from <paramref name="address"/> (the in-process server has no real peer).</summary>
    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> From(GatewayApiFactory api, IPAddress address) =>
        api.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddTransient<IStartupFilter>(_ => new RemoteAddress(address))));

    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
