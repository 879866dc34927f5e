using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Asivado.Gateway.Tests.Hubs.Support;
using Asivado.Grains.Agents;

namespace Asivado.Gateway.Tests.Authentication;

/// <summary>?access_token= is read for hub requests only; everywhere else the token must come as a Bearer header.</summary>
public sealed class AccessTokenQueryTests
{
    [Fact]
    public async Task A_bearer_header_makes_an_api_request_act_as_the_tokens_person()
    {
        await using var factory = new ConsoleHostFactory();
        using var http = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/agents/bob/presence") { Content = JsonContent.Create(new { presence = "Available" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", factory.TokenFor("alice"));

        var response = await http.SendAsync(request);

        // Alice may not set Bob's presence.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(AgentPresence.Offline, (await factory.Grains.GetGrain<IAgentGrain>("bob").Get())!.Presence);
    }

    [Fact]
    public async Task An_access_token_in_the_query_of_an_api_request_is_ignored()
    {
        await using var factory = new ConsoleHostFactory();
        using var http = factory.CreateClient();

        var response = await http.PutAsJsonAsync($"/api/agents/bob/presence?access_token={factory.TokenFor("alice")}", new { presence = "Available" });

        // Not alice (who may not set bob's presence anyway): the request is anonymous, and the API requires sign-in.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEqual(AgentPresence.Available, (await factory.Grains.GetGrain<IAgentGrain>("bob").Get())!.Presence);
    }
}
