using System.Net;
using Asivado.Gateway.Hardening;
using Asivado.Gateway.Tests.Hardening.Support;

namespace Asivado.Gateway.Tests.Hardening;

public sealed class SecurityHeaderTests
{
    [Theory]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/console/", HttpStatusCode.OK)]
    [InlineData("/console/console.js", HttpStatusCode.OK)]
    [InlineData("/api/cases/no-such-case", HttpStatusCode.NotFound)]
    [InlineData("/no-such-path", HttpStatusCode.NotFound)]
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode status)
    {
        await using var factory = new HardeningFactory();
        using var client = factory.CreateClientFor("integration-crm");

        using var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void The_content_security_policy_allows_only_the_console_s_own_scripts_styles_and_connections()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split("; ");

        Assert.Contains("script-src 'self'", directives);
        Assert.Contains("style-src 'self'", directives);
        Assert.Contains("connect-src 'self'", directives);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.DoesNotContain(directives, directive => directive.Contains("unsafe", StringComparison.Ordinal));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single()
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? contentValues.Single()
        : throw new Xunit.Sdk.XunitException($"No {name} header on {response.RequestMessage?.RequestUri}");
}
