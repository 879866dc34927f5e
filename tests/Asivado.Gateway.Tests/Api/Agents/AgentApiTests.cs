using System.Net;
using System.Text.Json.Nodes;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Agents;

public sealed class AgentApiTests
{
    [Fact]
    public async Task An_agent_shows_presence_capacity_and_assignments()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        await client.ActAsync(id, "assign", new { agentId = "alice" });

        var alice = await client.GetJsonAsync("/api/agents/alice");

        Assert.Equal("alice", alice["id"].Text());
        Assert.Equal("billing", alice["departmentId"].Text());
        Assert.Equal("Agent", alice["role"].Text());
        Assert.Equal("Offline", alice["presence"].Text());
        Assert.Equal(3, alice["capacity"]!.GetValue<int>());
        Assert.Equal(1, alice["load"]!.GetValue<int>());
        Assert.Equal(id, alice["assignments"]![0]!["workId"].Text());
    }

    [Fact]
    public async Task Presence_is_set_as_a_latest_value_not_a_feed_entry()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var alice = await client.PutJsonAsync("/api/agents/alice/presence", new { presence = "Available" }).ExpectAsync(HttpStatusCode.OK);
        var pushes = (await client.GetJsonAsync("/api/agents/alice/pushes?after=0")).AsArray();

        Assert.Equal("Available", alice["presence"].Text());
        Assert.Empty(pushes);
        Assert.Equal("Available", (await client.GetJsonAsync("/api/departments/billing"))["agents"]!.AsArray().Single(a => a!["agentId"].Text() == "alice")!["presence"].Text());
    }

    [Theory]
    [InlineData("{}", "presence")]
    [InlineData("""{"presence":"Sleeping"}""", "presence")]
    [InlineData("""{"presence":2}""", "presence")]
    [InlineData("""{"presence":"Away","mood":"tired"}""", "mood")]
    public async Task A_bad_presence_names_the_field_and_changes_nothing(string body, string field)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        await client.SendJsonAsync(HttpMethod.Put, "/api/agents/alice/presence", body).ExpectValidationProblemAsync(field);

        Assert.Equal("Offline", (await client.GetJsonAsync("/api/agents/alice"))["presence"].Text());
        Assert.Empty((await client.GetJsonAsync("/api/agents/alice/pushes")).AsArray());
    }

    [Fact]
    public async Task An_escalation_is_acknowledged_once()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        await client.ActAsync(id, "assign", new { agentId = "alice" });

        // The reply-written target (2 business hours from 09:00) is half used up at 10:00: a warning to the assignee.
        await api.AdvanceAsync(TimeSpan.FromHours(2));
        var escalation = (await client.GetJsonAsync("/api/agents/alice/pushes")).AsArray().Single(p => p!["kind"].Text() == "escalation")!;
        var sequence = escalation["sequence"]!.GetValue<long>();
        var acknowledged = await client.PostAsync($"/api/agents/alice/escalations/{sequence}/acknowledge", null).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(id, escalation["caseId"].Text());
        Assert.Equal("Warning", escalation["level"].Text());
        Assert.Equal(50, escalation["percentOfBudget"]!.GetValue<int>());
        Assert.Equal("2026-01-05T11:00:00Z", escalation["dueAt"].Text());
        Assert.Empty(acknowledged["openEscalations"]!.AsArray());
        await client.PostAsync($"/api/agents/alice/escalations/{sequence}/acknowledge", null).ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Acknowledging_an_unknown_escalation_is_not_found()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        await client.PostAsync("/api/agents/alice/escalations/42/acknowledge", null).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/agents/alice/escalations/zero/acknowledge", "sequence")]
    [InlineData("/api/agents/alice/escalations/0/acknowledge", "sequence")]
    [InlineData("/api/agents/alice/escalations/-1/acknowledge", "sequence")]
    public async Task A_bad_sequence_names_the_field(string path, string field)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        await client.PostAsync(path, null).ExpectValidationProblemAsync(field);
    }

    [Theory]
    [InlineData("/api/agents/alice/pushes?after=abc")]
    [InlineData("/api/agents/alice/pushes?after=-1")]
    public async Task A_bad_after_names_the_field(string path)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        await client.GetAsync(path).ExpectValidationProblemAsync("after");
    }

    [Theory]
    [InlineData("GET", "/api/agents/nobody")]
    [InlineData("GET", "/api/agents/nobody/pushes")]
    [InlineData("PUT", "/api/agents/nobody/presence")]
    [InlineData("POST", "/api/agents/nobody/escalations/1/acknowledge")]
    public async Task An_unknown_agent_is_not_found(string method, string path)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "PUT")
        {
            request.Content = JsonContent(new JsonObject { ["presence"] = "Available" });
        }

        var problem = await client.SendAsync(request).ExpectProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("No agent has the id 'nobody'.", problem["detail"].Text());
    }

    private static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
