using System.Net;
using System.Text.Json.Nodes;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Authorization;

/// <summary>
/// An intake replayed with its Idempotency-Key after staff worked the case answers what the first request answered
/// (the case as it was taken in), and never more than the caller may read now: only the id to a caller for whom a
/// GET of the case is 403.
/// </summary>
public sealed class IntakeReplayAccessTests(AccessGateway gateway) : IClassFixture<AccessGateway>
{
    [Theory]
    [InlineData("integration")]
    [InlineData("alice")]
    public async Task A_caller_who_may_not_read_the_case_now_gets_only_its_id_back(string caller)
    {
        using var client = gateway.Api.ClientFor(caller);
        var key = $"replay-{caller}-1";
        var created = await client.PostJsonAsync("/api/cases", Intakes.Email(), idempotencyKey: key).ExpectAsync(HttpStatusCode.Created);
        var id = created["id"].Text();
        await WorkAsync(id, assigneeId: "bob");
        await client.GetAsync($"/api/cases/{id}").ExpectProblemAsync(HttpStatusCode.Forbidden);

        using var replay = await client.PostJsonAsync("/api/cases", Intakes.Email(), idempotencyKey: key);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("true", Assert.Single(replay.Headers.GetValues("Idempotent-Replayed")));
        var body = (await replay.ReadJsonAsync()).AsObject();
        Assert.Equal(["id"], body.Select(p => p.Key));
        Assert.Equal(id, body["id"].Text());
    }

    [Fact]
    public async Task A_caller_who_may_still_read_the_case_gets_it_as_it_was_taken_in()
    {
        using var lena = gateway.Api.ClientFor("lena");
        var created = await lena.PostJsonAsync("/api/cases", Intakes.Email(), idempotencyKey: "replay-lena-1").ExpectAsync(HttpStatusCode.Created);
        var id = created["id"].Text();
        await WorkAsync(id, assigneeId: "alice");

        var replay = await lena.PostJsonAsync("/api/cases", Intakes.Email(), idempotencyKey: "replay-lena-1").ExpectAsync(HttpStatusCode.OK);

        Assert.True(JsonNode.DeepEquals(created, replay), $"{created.ToJsonString()}\n{replay.ToJsonString()}");
        Assert.Equal("Received", replay["status"].Text());
        Assert.Null(replay["assigneeId"]);
        Assert.Null(replay["outcome"]);
        Assert.Equal("jane@example.com", replay["customer"]!["contact"]!["email"].Text());
    }

    [Fact]
    public async Task An_agent_replaying_a_case_still_queued_gets_it_as_taken_in_without_the_customer()
    {
        using var alice = gateway.Api.ClientFor("alice");
        var created = await alice.PostJsonAsync("/api/cases", Intakes.Email(), idempotencyKey: "replay-alice-queued").ExpectAsync(HttpStatusCode.Created);
        await gateway.Admin.ActAsync(created["id"].Text(), "pause", new { reason = "Waiting for the customer's reply." });

        var replay = await alice.PostJsonAsync("/api/cases", Intakes.Email(), idempotencyKey: "replay-alice-queued").ExpectAsync(HttpStatusCode.OK);

        Assert.True(JsonNode.DeepEquals(created, replay), $"{created.ToJsonString()}\n{replay.ToJsonString()}");
        Assert.True(replay["contactRedacted"]!.GetValue<bool>());
        Assert.False(replay["isPaused"]!.GetValue<bool>());
    }

    /// <summary>Staff work the case: assigned, responded to and resolved with an internal summary.</summary>
    private async Task WorkAsync(string id, string assigneeId)
    {
        await gateway.Admin.ActAsync(id, "assign", new { agentId = assigneeId });
        await gateway.Admin.ActAsync(id, "resolve", new { resolution = "Internal: the card issuer charged twice; refunded." });
    }
}
