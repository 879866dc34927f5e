using System.Net;
using System.Text.Json.Nodes;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Telephony;

public sealed class CallApiTests
{
    [Fact]
    public async Task A_call_is_offered_answered_held_transferred_and_ended()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var offered = await client.PostJsonAsync("/api/calls/cti-1/offered", new { departmentId = "billing", callerNumber = "+44 20 7946 0000" }).ExpectAsync(HttpStatusCode.OK);
        var answered = await client.PostJsonAsync("/api/calls/cti-1/answered", new { agentId = "alice" }).ExpectAsync(HttpStatusCode.OK);
        var held = await client.PostAsync("/api/calls/cti-1/hold-started", null).ExpectAsync(HttpStatusCode.OK);
        var back = await client.PostAsync("/api/calls/cti-1/hold-ended", null).ExpectAsync(HttpStatusCode.OK);
        var transferred = await client.PostJsonAsync("/api/calls/cti-1/transferred", new { toDepartmentId = "support", callbackNumber = "020 7946 0000" }).ExpectAsync(HttpStatusCode.OK);
        var ended = await client.PostAsync("/api/calls/cti-1/ended", null).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("Ringing", offered["status"].Text());
        Assert.Equal("cti-1", offered["id"].Text());
        var answerCall = offered["targets"]!.AsArray().Single(t => t!["targetId"].Text() == "answer-call")!;
        Assert.Equal("2026-01-05T08:00:18Z", answerCall["dueAt"].Text());
        Assert.Equal("Connected", answered["status"].Text());
        Assert.Equal("alice", answered["agentId"].Text());
        Assert.Equal("OnHold", held["status"].Text());
        Assert.Equal(1, held["holdCount"]!.GetValue<int>());
        Assert.Equal("Connected", back["status"].Text());
        Assert.Equal("Ringing", transferred["status"].Text());
        Assert.Equal("support", transferred["departmentId"].Text());
        Assert.Equal("020 7946 0000", transferred["transfers"]![0]!["callbackNumber"].Text());
        Assert.Equal("Ended", ended["status"].Text());
        Assert.Equal("Ended", (await client.GetJsonAsync("/api/calls/cti-1"))["status"].Text());
    }

    [Fact]
    public async Task A_transfer_to_an_agent_connects_the_call_to_them()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        await client.PostJsonAsync("/api/calls/cti-2/offered", new { departmentId = "billing" }).ExpectAsync(HttpStatusCode.OK);
        await client.PostJsonAsync("/api/calls/cti-2/answered", new { agentId = "alice" }).ExpectAsync(HttpStatusCode.OK);

        var transferred = await client.PostJsonAsync("/api/calls/cti-2/transferred", new { toAgentId = "bob", callbackNumber = "+44 20 7946 0001" }).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("Connected", transferred["status"].Text());
        Assert.Equal("bob", transferred["agentId"].Text());
    }

    public static TheoryData<string, string> BadTransfers => new()
    {
        { """{"toDepartmentId":"support"}""", "callbackNumber" },
        { """{"toDepartmentId":"support","callbackNumber":"call me back"}""", "callbackNumber" },
        { """{"toDepartmentId":"support","callbackNumber":"12345"}""", "callbackNumber" },
        { """{"callbackNumber":"+44 20 7946 0000"}""", "toDepartmentId" },
        { """{"toDepartmentId":"support","toAgentId":"bob","callbackNumber":"+44 20 7946 0000"}""", "toDepartmentId" },
        { """{"toDepartmentId":"nowhere","callbackNumber":"+44 20 7946 0000"}""", "toDepartmentId" },
        { """{"toAgentId":"nobody","callbackNumber":"+44 20 7946 0000"}""", "toAgentId" },
        { """{"toDepartmentId":"support","callbackNumber":"+44 20 7946 0000","callerName":"Jane"}""", "callerName" },
    };

    [Theory]
    [MemberData(nameof(BadTransfers))]
    public async Task A_transfer_without_a_good_callback_number_or_target_is_refused_and_changes_nothing(string body, string field)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        await client.PostJsonAsync("/api/calls/cti-3/offered", new { departmentId = "billing" }).ExpectAsync(HttpStatusCode.OK);
        await client.PostJsonAsync("/api/calls/cti-3/answered", new { agentId = "alice" }).ExpectAsync(HttpStatusCode.OK);
        var before = (await client.GetJsonAsync("/api/calls/cti-3")).ToJsonString();

        await client.PostRawAsync("/api/calls/cti-3/transferred", body).ExpectValidationProblemAsync(field);

        Assert.Equal(before, (await client.GetJsonAsync("/api/calls/cti-3")).ToJsonString());
    }

    [Theory]
    [InlineData("/offered", "{}", "departmentId")]
    [InlineData("/offered", """{"departmentId":"nowhere"}""", "departmentId")]
    [InlineData("/offered", """{"departmentId":"billing","callerNumber":"unknown"}""", "callerNumber")]
    [InlineData("/answered", "{}", "agentId")]
    [InlineData("/answered", """{"agentId":"nobody"}""", "agentId")]
    public async Task A_bad_call_event_names_the_field_and_starts_nothing(string path, string body, string field)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        await client.PostRawAsync("/api/calls/cti-4" + path, body).ExpectValidationProblemAsync(field);

        await client.GetAsync("/api/calls/cti-4").ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_agent_of_another_department_cannot_answer()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        await client.PostJsonAsync("/api/calls/cti-5/offered", new { departmentId = "billing" }).ExpectAsync(HttpStatusCode.OK);

        await client.PostJsonAsync("/api/calls/cti-5/answered", new { agentId = "carl" }).ExpectValidationProblemAsync("agentId");

        Assert.Equal("Ringing", (await client.GetJsonAsync("/api/calls/cti-5"))["status"].Text());
    }

    [Theory]
    [InlineData("/answered", """{"agentId":"alice"}""")]
    [InlineData("/hold-started", "")]
    [InlineData("/hold-ended", "")]
    [InlineData("/ended", "")]
    public async Task An_event_before_the_offer_is_a_conflict(string path, string body)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        await client.PostRawAsync("/api/calls/cti-6" + path, body.Length == 0 ? "{}" : body).ExpectProblemAsync(HttpStatusCode.Conflict);

        await client.GetAsync("/api/calls/cti-6").ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Holding_a_ringing_call_is_a_conflict()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        await client.PostJsonAsync("/api/calls/cti-7/offered", new { departmentId = "billing" }).ExpectAsync(HttpStatusCode.OK);

        await client.PostAsync("/api/calls/cti-7/hold-started", null).ExpectProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("Ringing", (await client.GetJsonAsync("/api/calls/cti-7"))["status"].Text());
    }

    [Fact]
    public async Task An_unknown_call_is_not_found()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var problem = await client.GetAsync("/api/calls/never-offered").ExpectProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("No call has the id 'never-offered'.", problem["detail"].Text());
    }

    [Fact]
    public async Task An_unanswered_call_breaches_its_answer_target_after_three_rings()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        await client.PostJsonAsync("/api/calls/cti-8/offered", new { departmentId = "billing" }).ExpectAsync(HttpStatusCode.OK);

        var state = await PollTargetStateAsync(api, client, "cti-8", "answer-call", "Breached", TimeSpan.FromSeconds(18));

        Assert.Equal("Breached", state);
    }

    /// <summary>
    /// The ring limit is a grain timer on the fake clock; the test host offers no public wait for timer turns, so
    /// after the advance the GET is repeated a bounded number of times (each a grain call queued behind the turn).
    /// </summary>
    private static async Task<string> PollTargetStateAsync(GatewayApiFactory api, HttpClient client, string callId, string targetId, string expected, TimeSpan advance)
    {
        await api.AdvanceAsync(advance);
        var state = "";
        for (var attempt = 0; attempt < 200 && state != expected; attempt++)
        {
            var view = await client.GetJsonAsync($"/api/calls/{callId}");
            state = view["targets"]!.AsArray().Single(t => t!["targetId"].Text() == targetId)!["state"].Text();
            await Task.Yield();
        }

        return state;
    }
}
