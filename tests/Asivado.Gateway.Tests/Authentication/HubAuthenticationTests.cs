using System.Net;
using System.Net.Http.Headers;
using Asivado.Gateway.Authentication;
using Asivado.Gateway.Tests.Hubs.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Asivado.Gateway.Tests.Authentication;

/// <summary>Who may open a console: negotiate and the WebSocket request are both refused before any handshake.</summary>
public sealed class HubAuthenticationTests
{
    private const string Negotiate = "/hubs/console/negotiate?negotiateVersion=1";

    [Fact]
    public async Task Without_a_token_the_hub_answers_401()
    {
        await using var factory = new ConsoleHostFactory();

        await AssertRefusedAsync(factory, accessToken: null, agentId: null, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        await using var factory = new ConsoleHostFactory();
        var token = factory.TokenFor("alice");
        factory.Time.Advance(TimeSpan.FromHours(8) + TokenValidation.ClockSkew);

        await AssertRefusedAsync(factory, token, "alice", HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        await using var factory = new ConsoleHostFactory();
        var otherKey = TokenSigningKey.Create(Options.Create(new GatewayAuthenticationOptions()), NullLogger<TokenSigningKey>.Instance);
        var token = new TokenService(otherKey, factory.Time, Options.Create(new GatewayAuthenticationOptions()), NullLogger<TokenService>.Instance)
            .Issue("alice", "Alice Adams", GatewayRoles.Agent, "billing").AccessToken;

        await AssertRefusedAsync(factory, token, "alice", HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Another_agents_console_is_forbidden()
    {
        await using var factory = new ConsoleHostFactory();

        await AssertRefusedAsync(factory, factory.TokenFor("alice"), "bob", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_subject_that_is_not_a_person_of_the_organisation_is_forbidden()
    {
        await using var factory = new ConsoleHostFactory();
        var token = factory.Tokens.Issue("crm-integration", "CRM", GatewayRoles.Integration, null).AccessToken;

        await AssertRefusedAsync(factory, token, agentId: null, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_valid_token_opens_the_signed_in_persons_console_with_or_without_agentId()
    {
        await using var factory = new ConsoleHostFactory();
        using var http = factory.CreateClient();
        using var negotiate = new HttpRequestMessage(HttpMethod.Post, Negotiate);
        negotiate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", factory.TokenFor("alice"));

        var negotiated = await http.SendAsync(negotiate);
        await using var withAgentId = await HubTestClient.ConnectAsync(factory.Server, factory.TokenFor("alice"), "alice");
        await using var withoutAgentId = await HubTestClient.ConnectAsync(factory.Server, factory.TokenFor("alice"));

        Assert.Equal(HttpStatusCode.OK, negotiated.StatusCode);
        Assert.Equal("alice", (await withAgentId.InvokeAsync("GetProfile")).GetProperty("agentId").GetString());
        Assert.Equal("alice", (await withoutAgentId.InvokeAsync("GetProfile")).GetProperty("agentId").GetString());
        Assert.Equal(2, factory.Connections.ForAgent("alice").Count);
    }

    private static async Task AssertRefusedAsync(ConsoleHostFactory factory, string? accessToken, string? agentId, HttpStatusCode status)
    {
        using var http = factory.CreateClient();
        using var negotiate = new HttpRequestMessage(HttpMethod.Post, agentId is null ? Negotiate : $"{Negotiate}&agentId={agentId}");
        if (accessToken is not null)
        {
            negotiate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        var negotiated = await http.SendAsync(negotiate);
        var connect = await Assert.ThrowsAsync<InvalidOperationException>(() => HubTestClient.ConnectAsync(factory.Server, accessToken, agentId));

        Assert.Equal(status, negotiated.StatusCode);
        Assert.Contains($"status code: {(int)status}", connect.Message, StringComparison.Ordinal);
        Assert.Equal(0, factory.Connections.Count);
    }
}
