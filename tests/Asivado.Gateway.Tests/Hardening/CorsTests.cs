using System.Net;
using Asivado.Gateway.Tests.Hardening.Support;

namespace Asivado.Gateway.Tests.Hardening;

public sealed class CorsTests
{
    private const string ConsoleOrigin = "https://console.asivado.example";

    [Fact]
    public async Task A_preflight_from_a_configured_console_origin_is_allowed_with_credentials()
    {
        await using var factory = new HardeningFactory().WithSetting("Cors:ConsoleOrigins:0", ConsoleOrigin);
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight("/hubs/console/negotiate", ConsoleOrigin));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(ConsoleOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("true", response.Headers.GetValues("Access-Control-Allow-Credentials").Single());
    }

    [Theory]
    [InlineData(ConsoleOrigin + ":8443")]
    [InlineData("https://evil.example")]
    public async Task A_preflight_from_another_origin_gets_no_cors_headers(string origin)
    {
        await using var factory = new HardeningFactory().WithSetting("Cors:ConsoleOrigins:0", ConsoleOrigin);
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight("/api/cases", origin));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task No_origin_is_allowed_by_default()
    {
        await using var factory = new HardeningFactory();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight("/api/cases", ConsoleOrigin));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string path, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }
}
