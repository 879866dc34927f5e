using System.Net;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Telephony;

/// <summary>POST /api/calls/{id}/take: a signed-in agent or lead of the ringing department answers the call as themselves.</summary>
public sealed class CallTakeApiTests
{
    [Fact]
    public async Task An_agent_takes_a_ringing_call_and_sees_the_callers_number_as_the_agent_on_it()
    {
        await using var api = new GatewayApiFactory();
        using var cti = api.CreateClient();
        using var alice = api.CreateClientAs("alice", "agent", "billing");
        await cti.PostJsonAsync("/api/calls/cti-1/offered", new { departmentId = "billing", callerNumber = "+44 20 7946 0000" }).ExpectAsync(HttpStatusCode.OK);
        Assert.Null((await alice.GetJsonAsync("/api/calls/cti-1"))["callerNumber"]);

        var taken = await alice.PostAsync("/api/calls/cti-1/take", null).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(("Connected", "alice", "+44 20 7946 0000"), (taken["status"].Text(), taken["agentId"].Text(), taken["callerNumber"].Text()));
        Assert.Equal("Met", taken["targets"]![0]!["state"].Text());
        Assert.Equal("alice", (await cti.GetJsonAsync("/api/calls/cti-1"))["agentId"].Text());
    }

    [Theory]
    [InlineData("carl", "agent", "support")]
    [InlineData("maria", "manager", null)]
    [InlineData(TestTokens.AdminId, "admin", null)]
    public async Task Anyone_but_a_case_worker_of_the_ringing_department_is_forbidden_and_nothing_changes(string subject, string role, string? departmentId)
    {
        await using var api = new GatewayApiFactory();
        using var cti = api.CreateClient();
        using var caller = api.CreateClientAs(subject, role, departmentId);
        await cti.PostJsonAsync("/api/calls/cti-2/offered", new { departmentId = "billing" }).ExpectAsync(HttpStatusCode.OK);
        var before = (await cti.GetJsonAsync("/api/calls/cti-2")).ToJsonString();

        var problem = await caller.PostAsync("/api/calls/cti-2/take", null).ExpectProblemAsync(HttpStatusCode.Forbidden);

        Assert.StartsWith("You may not take call 'cti-2': ", problem["detail"].Text());
        Assert.Equal(before, (await cti.GetJsonAsync("/api/calls/cti-2")).ToJsonString());
    }

    [Fact]
    public async Task An_integration_may_not_take_a_call()
    {
        await using var api = new GatewayApiFactory();
        using var cti = api.CreateClient();
        using var integration = api.CreateClientAs("cti", "integration", null);
        await cti.PostJsonAsync("/api/calls/cti-3/offered", new { departmentId = "billing" }).ExpectAsync(HttpStatusCode.OK);

        await integration.PostAsync("/api/calls/cti-3/take", null).ExpectProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal("Ringing", (await cti.GetJsonAsync("/api/calls/cti-3"))["status"].Text());
    }

    [Fact]
    public async Task A_call_taken_by_a_colleague_or_ended_is_a_conflict_naming_the_rule()
    {
        await using var api = new GatewayApiFactory();
        using var cti = api.CreateClient();
        using var alice = api.CreateClientAs("alice", "agent", "billing");
        using var bob = api.CreateClientAs("bob", "agent", "billing");
        await cti.PostJsonAsync("/api/calls/cti-4/offered", new { departmentId = "billing" }).ExpectAsync(HttpStatusCode.OK);
        await alice.PostAsync("/api/calls/cti-4/take", null).ExpectAsync(HttpStatusCode.OK);

        var taken = await bob.PostAsync("/api/calls/cti-4/take", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Only a ringing call can be taken; call 'cti-4' is Connected, with 'alice'.", taken["detail"].Text());
        Assert.Equal("alice", (await cti.GetJsonAsync("/api/calls/cti-4"))["agentId"].Text());

        await cti.PostAsync("/api/calls/cti-4/ended", null).ExpectAsync(HttpStatusCode.OK);
        var ended = await alice.PostAsync("/api/calls/cti-4/take", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Only a ringing call can be taken; call 'cti-4' has ended.", ended["detail"].Text());
    }

    [Fact]
    public async Task An_unknown_call_is_not_found_and_a_bad_id_names_the_field()
    {
        await using var api = new GatewayApiFactory();
        using var alice = api.CreateClientAs("alice", "agent", "billing");

        await alice.PostAsync("/api/calls/never-offered/take", null).ExpectProblemAsync(HttpStatusCode.NotFound);
        await alice.PostAsync("/api/calls/caf%C3%A9/take", null).ExpectValidationProblemAsync("callId");
    }
}
