using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Asivado.Gateway.Authentication;
using Asivado.Gateway.Tests.Hubs.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Asivado.Gateway.Tests.Authentication;

/// <summary>POST /api/auth/refresh: a person's valid token for a new one with a full lifetime; nothing else.</summary>
public sealed class TokenRefreshTests
{
    private const string RefreshPath = "/api/auth/refresh";

    [Fact]
    public async Task A_valid_token_is_exchanged_for_one_with_a_full_lifetime_from_now()
    {
        await using var factory = new ConsoleHostFactory();
        var token = factory.TokenFor("lena");
        factory.Time.Advance(TimeSpan.FromHours(7));

        using var response = await PostAsync(factory, bearer: token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal(("lena", "lead", "billing"), (root.GetProperty("personId").GetString(), root.GetProperty("role").GetString(), root.GetProperty("departmentId").GetString()));
        Assert.Equal(ConsoleHostFactory.Start.AddHours(15), root.GetProperty("expiresAt").GetDateTimeOffset());
        var parameters = TokenValidation.Parameters(factory.Services.GetRequiredService<TokenSigningKey>(), factory.Time);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(root.GetProperty("accessToken").GetString(), parameters);
        Assert.True(validation.IsValid, validation.Exception?.Message);
        Assert.Equal("lena", validation.Claims[TokenClaims.Subject]);
    }

    [Fact]
    public async Task Without_a_token_it_is_401()
    {
        await using var factory = new ConsoleHostFactory();

        using var response = await PostAsync(factory, bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_cannot_be_refreshed()
    {
        await using var factory = new ConsoleHostFactory();
        var token = factory.TokenFor("alice");
        factory.Time.Advance(TimeSpan.FromHours(8) + TokenValidation.ClockSkew);

        using var response = await PostAsync(factory, bearer: token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_integration_key_gets_no_token()
    {
        await using var factory = new ConsoleHostFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, RefreshPath);
        request.Headers.Add("X-Api-Key", "asivado-demo-integration-key");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_of_an_integration_or_of_someone_outside_the_organisation_is_403()
    {
        await using var factory = new ConsoleHostFactory();
        var integration = factory.Tokens.Issue("cti", "CTI", GatewayRoles.Integration, null).AccessToken;
        var stranger = factory.Tokens.Issue("ghost", "Ghost", GatewayRoles.Agent, "billing").AccessToken;

        using var asIntegration = await PostAsync(factory, integration);
        using var asStranger = await PostAsync(factory, stranger);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (asIntegration.StatusCode, asStranger.StatusCode));
        Assert.Contains("only a person's token is refreshed", await asIntegration.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("not name a person of the organisation", await asStranger.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(ConsoleHostFactory factory, string? bearer)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, RefreshPath);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await client.SendAsync(request);
    }
}
