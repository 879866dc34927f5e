using System.Net;
using System.Net.Http.Json;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Cases;

/// <summary>Prefer: return=minimal (RFC 7240) on intake: the answer is the case id and its location.</summary>
public sealed class MinimalIntakeTests
{
    [Fact]
    public async Task A_minimal_intake_answers_with_the_id_and_location_and_opens_the_same_case()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        using var response = await SendAsync(client, "minimal-1", "return=minimal");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("return=minimal", Assert.Single(response.Headers.GetValues("Preference-Applied")));
        var body = await response.ReadJsonAsync();
        var id = body["id"].Text();
        Assert.Equal(["id"], body.AsObject().Select(pair => pair.Key));
        Assert.Equal($"/api/cases/{id}", response.Headers.Location?.OriginalString);
        var stored = await client.GetJsonAsync($"/api/cases/{id}");
        Assert.Equal(4, stored["deadlines"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_minimal_retry_is_200_replayed_with_the_same_id()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        using var first = await SendAsync(client, "minimal-2", "return=minimal");

        using var retry = await SendAsync(client, "minimal-2", "respond-async, return=minimal");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal((await first.ReadJsonAsync())["id"].Text(), (await retry.ReadJsonAsync())["id"].Text());
    }

    [Fact]
    public async Task Any_other_preference_gets_the_whole_case()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        using var response = await SendAsync(client, "minimal-3", "return=representation");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(response.Headers.Contains("Preference-Applied"));
        Assert.NotNull((await response.ReadJsonAsync())["deadlines"]);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string key, string prefer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = JsonContent.Create(Intakes.Email()) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        request.Headers.TryAddWithoutValidation("Prefer", prefer);
        return await client.SendAsync(request);
    }
}
