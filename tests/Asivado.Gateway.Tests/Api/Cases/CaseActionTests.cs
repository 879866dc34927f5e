using System.Net;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Cases;

public sealed class CaseActionTests
{
    [Fact]
    public async Task Acknowledge_settles_the_acknowledgement_and_records_who_did_it()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        await client.ActAsync(id, "assign", new { agentId = "alice" });

        var view = await client.ActAsync(id, "acknowledge", new { method = "Email" });

        Assert.Equal("InProgress", view["status"].Text());
        Assert.Equal("Met", view.Deadline("acknowledge")["state"].Text());
        Assert.Equal("Met", view.Deadline("reply-written")["state"].Text());
        Assert.Equal(3, view["version"]!.GetValue<long>());
        var entry = (await client.GetJsonAsync($"/api/cases/{id}/history")).AsArray()[^1]!;
        Assert.Equal("acknowledge", entry["action"].Text());
        Assert.Equal(TestTokens.AdminId, entry["actorId"].Text());
        Assert.Equal("Admin", entry["actorRole"].Text());
        Assert.Equal("2026-01-05T08:00:00Z", entry["at"].Text());
    }

    [Fact]
    public async Task Refer_within_the_department_settles_the_referral_target()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();

        var view = await client.ActAsync(id, "refer", new { departmentId = "billing" });

        Assert.Equal("Referred", view["status"].Text());
        Assert.Equal("billing", view["departmentId"].Text());
        Assert.Equal("Met", view.Deadline("refer")["state"].Text());
    }

    [Fact]
    public async Task Refer_to_another_department_carries_the_committed_owner_and_date()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();

        var view = await client.ActAsync(id, "refer", new { departmentId = "support", ownerId = "carl", committedDueAt = "2026-01-09T12:00:00Z", note = "Needs an engineer" });

        Assert.Equal("support", view["departmentId"].Text());
        Assert.Equal("billing", view["referral"]!["fromDepartmentId"].Text());
        Assert.Equal("carl", view["referral"]!["ownerId"].Text());
        Assert.Equal("2026-01-09T12:00:00Z", view["referral"]!["committedDueAt"].Text());
        Assert.Equal("carl", view["assigneeId"].Text());
        Assert.Equal("2026-01-09T12:00:00Z", view.Deadline("referral")["dueAt"].Text());
    }

    [Fact]
    public async Task Assign_then_reassign_moves_the_case_between_agents()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();

        var assigned = await client.ActAsync(id, "assign", new { agentId = "alice" });
        var reassigned = await client.ActAsync(id, "reassign", new { agentId = "bob" });

        Assert.Equal("InProgress", assigned["status"].Text());
        Assert.Equal("alice", assigned["assigneeId"].Text());
        Assert.Equal("bob", reassigned["assigneeId"].Text());
        Assert.Empty((await client.GetJsonAsync("/api/agents/alice"))["assignments"]!.AsArray());
        Assert.Equal(id, (await client.GetJsonAsync("/api/agents/bob"))["assignments"]![0]!["workId"].Text());
    }

    [Fact]
    public async Task Pause_stops_the_clocks_and_resume_restarts_them()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();

        var paused = await client.ActAsync(id, "pause", new { reason = "Waiting for the customer's meter reading" });
        var resumed = await client.ActAsync(id, "resume", new { });

        Assert.True(paused["isPaused"]!.GetValue<bool>());
        Assert.Equal("Paused", paused.Deadline("respond")["state"].Text());
        Assert.Null(paused.Deadline("respond")["dueAt"]);
        Assert.False(resumed["isPaused"]!.GetValue<bool>());
        Assert.Equal("Pending", resumed.Deadline("respond")["state"].Text());
        Assert.Equal("2026-01-13T17:00:00Z", resumed.Deadline("respond")["dueAt"].Text());
    }

    [Fact]
    public async Task Resume_and_confirm_accept_an_absent_body()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        await client.ActAsync(id, "pause", new { reason = "Waiting" });

        using var resume = await client.PostAsync($"/api/cases/{id}/resume", content: null);

        Assert.Equal(HttpStatusCode.OK, resume.StatusCode);
        Assert.False((await resume.ReadJsonAsync())["isPaused"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Respond_settles_the_substantive_response()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        await client.ActAsync(id, "assign", new { agentId = "alice" });

        var view = await client.ActAsync(id, "respond", new { summary = "The second charge was a duplicate; refund issued." });

        Assert.Equal("Responded", view["status"].Text());
        Assert.Equal("Met", view.Deadline("respond")["state"].Text());
    }

    [Fact]
    public async Task Extend_moves_the_response_deadline_to_the_date_the_customer_was_told()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();

        var view = await client.ActAsync(id, "extend", new
        {
            newDueAt = "2026-01-20T12:00:00Z",
            reason = "Waiting for the bank's records",
            notice = new { toldAt = "2026-01-05T08:00:00Z", method = "Phone", toldBy = "alice" },
        });

        Assert.Equal("2026-01-20T12:00:00Z", view.Deadline("respond")["dueAt"].Text());
        Assert.Equal("extend", (await client.GetJsonAsync($"/api/cases/{id}/history")).AsArray()[^1]!["action"].Text());
    }

    [Fact]
    public async Task Resolve_confirm_and_reopen_walk_the_end_of_the_lifecycle()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        await client.ActAsync(id, "assign", new { agentId = "alice" });

        var resolved = await client.ActAsync(id, "resolve", new { resolution = "Refund issued" });
        var confirmed = await client.ActAsync(id, "confirm", new { });
        var reopened = await client.ActAsync(id, "reopen", new { reason = "The refund did not arrive" });

        Assert.Equal("AwaitingConfirmation", resolved["status"].Text());
        Assert.Equal("Closed", confirmed["status"].Text());
        Assert.Equal("2026-01-05T08:00:00Z", confirmed["closedAt"].Text());
        Assert.Equal("InProgress", reopened["status"].Text());
        Assert.Equal(1, reopened["reopenCount"]!.GetValue<int>());
        Assert.Equal(
            ["open", "assign", "resolve", "confirm", "reopen"],
            (await client.GetJsonAsync($"/api/cases/{id}/history")).AsArray().Select(e => e!["action"].Text()));
    }

    [Fact]
    public async Task Decline_with_reasons_awaits_confirmation()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        await client.ActAsync(id, "assign", new { agentId = "alice" });
        await client.ActAsync(id, "acknowledge", new { method = "Email" });

        var view = await client.ActAsync(id, "decline", new { reasons = new[] { "The tariff was agreed in the contract" } });

        Assert.Equal("AwaitingConfirmation", view["status"].Text());
        Assert.Equal("Met", view.Deadline("respond")["state"].Text());
    }

    [Fact]
    public async Task Resolving_on_first_contact_waives_the_written_targets()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();

        var view = await client.ActAsync(id, "resolve", new { resolution = "Explained the charge", onFirstContact = true });

        Assert.Equal("AwaitingConfirmation", view["status"].Text());
        Assert.Equal("Waived", view.Deadline("acknowledge")["state"].Text());
        Assert.Equal("Waived", view.Deadline("refer")["state"].Text());
        Assert.Equal("Waived", view.Deadline("respond")["state"].Text());
    }

    public static TheoryData<string, string, string> BadActions => new()
    {
        { "acknowledge", "{}", "method" },
        { "acknowledge", """{"method":"Pigeon"}""", "method" },
        { "acknowledge", """{"method":"Email","age":30}""", "age" },
        { "refer", "{}", "departmentId" },
        { "refer", """{"departmentId":"nowhere"}""", "departmentId" },
        { "refer", """{"departmentId":"support","ownerId":"nobody"}""", "ownerId" },
        { "refer", """{"departmentId":"support","ownerId":"carl","committedDueAt":"2026-01-04T00:00:00Z"}""", "committedDueAt" },
        { "assign", "{}", "agentId" },
        { "assign", """{"agentId":"nobody"}""", "agentId" },
        { "assign", """{"agentId":"carl"}""", "agentId" },
        { "reassign", """{"agentId":""}""", "agentId" },
        { "pause", "{}", "reason" },
        { "pause", """{"reason":"   "}""", "reason" },
        { "resume", """{"reason":"x"}""", "reason" },
        { "respond", "{}", "summary" },
        { "extend", "{}", "newDueAt,reason,notice" },
        { "extend", """{"newDueAt":"2026-01-04T12:00:00Z","reason":"r","notice":{"toldAt":"2026-01-05T08:00:00Z","method":"Phone","toldBy":"alice"}}""", "newDueAt" },
        { "extend", """{"newDueAt":"2026-01-20T12:00:00Z","reason":"r","notice":{"toldAt":"2026-01-05T09:00:00Z","method":"Phone","toldBy":"alice"}}""", "notice.toldAt" },
        { "extend", """{"newDueAt":"2026-01-20T12:00:00Z","reason":"r","notice":{}}""", "notice.toldAt,notice.method,notice.toldBy" },
        { "resolve", "{}", "resolution" },
        { "resolve", """{"resolution":"r","onFirstContact":"yes"}""", "onFirstContact" },
        { "decline", "{}", "reasons" },
        { "decline", """{"reasons":[]}""", "reasons" },
        { "decline", """{"reasons":["ok"," "]}""", "reasons[1]" },
        { "confirm", """{"satisfied":true}""", "satisfied" },
        { "reopen", "{}", "reason" },
        { "reopen", "[", "body" },
    };

    [Theory]
    [MemberData(nameof(BadActions))]
    public async Task A_bad_action_names_the_field_and_changes_nothing(string action, string body, string fields)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        var before = await client.SnapshotAsync(id);

        await client.PostRawAsync($"/api/cases/{id}/{action}", body).ExpectValidationProblemAsync(fields.Split(','));

        Assert.Equal(before, await client.SnapshotAsync(id));
    }

    [Theory]
    [InlineData("confirm", "{}")]
    [InlineData("respond", """{"summary":"s"}""")]
    [InlineData("reassign", """{"agentId":"bob"}""")]
    [InlineData("reopen", """{"reason":"r"}""")]
    [InlineData("resume", "{}")]
    public async Task An_action_the_state_forbids_is_a_conflict_and_changes_nothing(string action, string body)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        var before = await client.SnapshotAsync(id);

        await client.PostRawAsync($"/api/cases/{id}/{action}", body).ExpectProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(before, await client.SnapshotAsync(id));
    }

    [Theory]
    [InlineData("acknowledge", """{"method":"Email"}""")]
    [InlineData("refer", """{"departmentId":"billing"}""")]
    [InlineData("confirm", "{}")]
    public async Task An_action_on_an_unknown_case_is_not_found(string action, string body)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var problem = await client.PostRawAsync($"/api/cases/C-260105-0000000000/{action}", body).ExpectProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("No case has the id 'C-260105-0000000000'.", problem["detail"].Text());
        await client.GetAsync("/api/cases/C-260105-0000000000").ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
