using System.Net;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests;

/// <summary>The embedded default: no configuration at all, so memory providers and the demo organisation.</summary>
public sealed class HealthEndpointTests
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        await using var factory = new GatewayApiFactory(demoOrganisation: true);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_path_is_not_found()
    {
        await using var factory = new GatewayApiFactory(demoOrganisation: true);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/no-such-endpoint");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_demo_organisation_is_served_when_no_file_is_configured()
    {
        await using var factory = new GatewayApiFactory(demoOrganisation: true);
        using var client = factory.CreateClient();

        var department = await client.GetJsonAsync("/api/departments/customer-care");

        Assert.Equal("customer-care", department["id"].Text());
        Assert.Equal(["ada", "ben", "cleo", "ines", "lena", "maria"], department["memberIds"]!.AsArray().Select(id => id.Text()).Order(StringComparer.Ordinal));
    }
}
