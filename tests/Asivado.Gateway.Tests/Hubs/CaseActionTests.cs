using System.Text.Json;
using Asivado.Gateway.Tests.Hubs.Support;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;

namespace Asivado.Gateway.Tests.Hubs;

public sealed class CaseActionTests
{
    [Fact]
    public async Task ClaimCase_assigns_a_queued_case_of_the_agents_department_to_the_agent()
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await factory.ConnectConsoleAsync("alice");
        await HubTestCases.OpenAsync(factory, "case-1", "billing");

        var claimed = await console.InvokeAsync("ClaimCase", "case-1");
        var assigned = await console.NextPushOfKindAsync("case-assigned");

        Assert.Equal("alice", claimed.GetProperty("assigneeId").GetString());
        Assert.Equal("InProgress", claimed.GetProperty("status").GetString());
        Assert.Equal("alice", (await factory.Grains.GetGrain<ICaseGrain>("case-1").Get())!.AssigneeId);
        Assert.Equal("case-1", assigned.GetProperty("caseId").GetString());
        Assert.Equal(["case-1"], CaseIds((await console.InvokeAsync("GetMyCases")).GetProperty("cases"), "workId"));
        Assert.Empty(CaseIds((await console.InvokeAsync("GetQueue")).GetProperty("entries"), "caseId"));
    }

    [Theory]
    [InlineData("", "invalid: caseId: is required")]
    [InlineData(" case-1", "invalid: caseId: must not contain control characters or surrounding spaces")]
    [InlineData("no-such-case", "not found: no case has this id")]
    [InlineData("support-case", "forbidden: You may not do this to case 'support-case': the case belongs to another department.")]
    [InlineData("bobs-case", "forbidden: You may not do this to case 'bobs-case': the case is assigned to someone else.")]
    public async Task ClaimCase_refuses_and_changes_nothing(string caseId, string error)
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await factory.ConnectConsoleAsync("alice");
        await HubTestCases.OpenAsync(factory, "support-case", "support");
        await HubTestCases.OpenAssignedAsync(factory, "bobs-case", "billing", "bob");
        // The intakes' follow-ups (the leads' queue notices) settle first, so the snapshot is of a quiet silo.
        await factory.WhenIdleAsync();
        var before = await Snapshot(factory, "support-case", "bobs-case");

        Assert.Equal(error, await console.InvokeExpectingErrorAsync("ClaimCase", caseId));
        await factory.WhenIdleAsync();
        Assert.Equal(before, await Snapshot(factory, "support-case", "bobs-case"));
        Assert.Empty((await factory.Grains.GetGrain<IAgentGrain>("alice").Get())!.Assignments);
    }

    [Fact]
    public async Task ClaimCase_of_a_case_one_already_has_is_a_conflict()
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await factory.ConnectConsoleAsync("alice");
        await HubTestCases.OpenAssignedAsync(factory, "case-1", "billing", "alice");

        Assert.Equal("conflict: the case is already yours", await console.InvokeExpectingErrorAsync("ClaimCase", "case-1"));
    }

    [Fact]
    public async Task The_lead_of_the_cases_department_moves_it_from_one_agents_console_to_anothers()
    {
        await using var factory = new ConsoleHostFactory();
        await HubTestCases.OpenAssignedAsync(factory, "case-1", "billing", "alice");
        await using var lena = await factory.ConnectConsoleAsync("lena");
        await using var alice = await factory.ConnectConsoleAsync("alice");
        await using var bob = await factory.ConnectConsoleAsync("bob");

        var moved = await lena.InvokeAsync("Reassign", "case-1", "bob");
        var released = await alice.NextPushOfKindAsync("case-unassigned");
        var received = await bob.NextPushOfKindAsync("case-assigned");

        Assert.Equal("bob", moved.GetProperty("assigneeId").GetString());
        Assert.Equal("case-1", released.GetProperty("caseId").GetString());
        Assert.Equal("case-1", received.GetProperty("caseId").GetString());
        Assert.Empty(CaseIds((await alice.InvokeAsync("GetMyCases")).GetProperty("cases"), "workId"));
        Assert.Equal(["case-1"], CaseIds((await bob.InvokeAsync("GetMyCases")).GetProperty("cases"), "workId"));
        var history = (await factory.Grains.GetGrain<ICaseGrain>("case-1").GetHistory())!;
        Assert.Equal(("reassign", "lena"), (history[^1].Action, history[^1].ActorId));
    }

    [Fact]
    public async Task A_lead_assigns_a_queued_case_with_Reassign()
    {
        await using var factory = new ConsoleHostFactory();
        await HubTestCases.OpenAsync(factory, "case-1", "billing");
        await using var lena = await factory.ConnectConsoleAsync("lena");

        var assigned = await lena.InvokeAsync("Reassign", "case-1", "bob");

        Assert.Equal("bob", assigned.GetProperty("assigneeId").GetString());
        Assert.Equal("bob", (await factory.Grains.GetGrain<ICaseGrain>("case-1").Get())!.AssigneeId);
    }

    [Theory]
    [InlineData("alice", "case-1", "bob", "forbidden: only a department lead can reassign cases")]
    [InlineData("maria", "case-1", "bob", "forbidden: only a department lead can reassign cases")]
    [InlineData("sam", "case-1", "bob", "forbidden: You may not do this to case 'case-1': you do not lead the case's department.")]
    [InlineData("sam", "case-1", "carl", "forbidden: You may not do this to case 'case-1': you do not lead the case's department.")]
    [InlineData("lena", "case-1", "carl", "invalid: agentId: 'carl' is not a person of department billing.")]
    [InlineData("lena", "case-1", "alice", "conflict: the case is already assigned to 'alice'")]
    [InlineData("lena", "case-1", "nobody", "not found: no agent has this id")]
    [InlineData("lena", "no-such-case", "bob", "not found: no case has this id")]
    [InlineData("lena", "", "bob", "invalid: caseId: is required")]
    [InlineData("lena", "case-1", "", "invalid: agentId: is required")]
    public async Task Reassign_refuses_and_changes_nothing(string personId, string caseId, string agentId, string error)
    {
        await using var factory = new ConsoleHostFactory();
        await HubTestCases.OpenAssignedAsync(factory, "case-1", "billing", "alice");
        await using var console = await factory.ConnectConsoleAsync(personId);
        var before = await Snapshot(factory, "case-1");

        Assert.Equal(error, await console.InvokeExpectingErrorAsync("Reassign", caseId, agentId));
        Assert.Equal(before, await Snapshot(factory, "case-1"));
        Assert.Empty((await factory.Grains.GetGrain<IAgentGrain>("bob").Get())!.Assignments);
    }

    [Fact]
    public async Task Reassign_an_argument_of_the_wrong_type_is_invalid_and_changes_nothing()
    {
        await using var factory = new ConsoleHostFactory();
        await HubTestCases.OpenAssignedAsync(factory, "case-1", "billing", "alice");
        await using var lena = await factory.ConnectConsoleAsync("lena");
        var before = await Snapshot(factory, "case-1");

        var error = await lena.InvokeExpectingErrorAsync("Reassign", "case-1", 42);

        Assert.Equal("invalid: agentId: must be a string", error);
        Assert.Equal(before, await Snapshot(factory, "case-1"));
    }

    [Fact]
    public async Task GetMyCases_lists_the_agents_cases_soonest_deadline_first_with_the_server_time()
    {
        await using var factory = new ConsoleHostFactory();
        await HubTestCases.OpenAssignedAsync(factory, "case-early", "billing", "alice", "First question");
        factory.Time.Advance(TimeSpan.FromMinutes(30));
        await HubTestCases.OpenAssignedAsync(factory, "case-late", "billing", "alice", "Second question");
        await using var console = await factory.ConnectConsoleAsync("alice");

        var mine = await console.InvokeAsync("GetMyCases");

        Assert.Equal("2026-01-05T08:30:00Z", mine.GetProperty("serverTime").GetString());
        Assert.Equal(["case-early", "case-late"], CaseIds(mine.GetProperty("cases"), "workId"));
        var first = mine.GetProperty("cases")[0];
        Assert.Equal("First question", first.GetProperty("subject").GetString());
        Assert.Equal("Email", first.GetProperty("channel").GetString());
        Assert.Equal((await factory.Grains.GetGrain<ICaseGrain>("case-early").Get())!.NextDueAt.ToString(), first.GetProperty("nextDueAt").GetString());
    }

    [Fact]
    public async Task GetQueue_lists_the_departments_unassigned_cases_to_its_agents_and_leads()
    {
        await using var factory = new ConsoleHostFactory();
        await HubTestCases.OpenAsync(factory, "queued-billing", "billing");
        await HubTestCases.OpenAsync(factory, "queued-support", "support");
        await HubTestCases.OpenAssignedAsync(factory, "assigned-billing", "billing", "bob");
        await using var alice = await factory.ConnectConsoleAsync("alice");
        await using var sam = await factory.ConnectConsoleAsync("sam");

        var billing = await alice.InvokeAsync("GetQueue");
        var support = await sam.InvokeAsync("GetQueue");

        Assert.Equal("billing", billing.GetProperty("departmentId").GetString());
        Assert.Equal(["queued-billing"], CaseIds(billing.GetProperty("entries"), "caseId"));
        Assert.Equal(["queued-support"], CaseIds(support.GetProperty("entries"), "caseId"));
    }

    [Fact]
    public async Task GetTeamCases_shows_a_lead_every_open_case_of_the_department_and_refuses_agents()
    {
        await using var factory = new ConsoleHostFactory();
        await HubTestCases.OpenAssignedAsync(factory, "alices-case", "billing", "alice");
        await HubTestCases.OpenAssignedAsync(factory, "bobs-case", "billing", "bob");
        await HubTestCases.OpenAsync(factory, "queued-case", "billing");
        await HubTestCases.OpenAsync(factory, "support-case", "support");
        await using var lena = await factory.ConnectConsoleAsync("lena");
        await using var alice = await factory.ConnectConsoleAsync("alice");

        var team = await lena.InvokeAsync("GetTeamCases");

        Assert.Equal(
            ["alices-case:alice", "bobs-case:bob", "queued-case:"],
            team.EnumerateArray().Select(c => $"{c.GetProperty("caseId").GetString()}:{c.GetProperty("assigneeId").GetString()}").Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("forbidden: only the department's lead can see its team's cases", await alice.InvokeExpectingErrorAsync("GetTeamCases"));
    }

    [Fact]
    public async Task GetProfile_names_the_person_their_department_and_colleagues()
    {
        await using var factory = new ConsoleHostFactory();
        await using var lena = await factory.ConnectConsoleAsync("lena");
        await using var carl = await factory.ConnectConsoleAsync("carl");

        var lead = await lena.InvokeAsync("GetProfile");
        var agent = await carl.InvokeAsync("GetProfile");

        Assert.Equal(("Lena Lead", "Lead", "billing", "Billing", true, "Offline"), (
            lead.GetProperty("name").GetString(), lead.GetProperty("role").GetString(), lead.GetProperty("departmentId").GetString(),
            lead.GetProperty("departmentName").GetString(), lead.GetProperty("isLead").GetBoolean(), lead.GetProperty("presence").GetString()));
        Assert.Equal(["alice", "bob", "lena"], CaseIds(lead.GetProperty("colleagues"), "id"));
        Assert.False(agent.GetProperty("isLead").GetBoolean());
        Assert.Equal("2026-01-05T08:00:00Z", agent.GetProperty("serverTime").GetString());
    }

    private static string[] CaseIds(JsonElement items, string property) =>
        [.. items.EnumerateArray().Select(i => i.GetProperty(property).GetString()!)];

    /// <summary>Everything a refused action must leave alone: each case's version and assignee, and every agent's feed position.</summary>
    private static async Task<string> Snapshot(ConsoleHostFactory factory, params string[] caseIds)
    {
        var parts = new List<string>();
        foreach (var caseId in caseIds)
        {
            var view = await factory.Grains.GetGrain<ICaseGrain>(caseId).Get();
            parts.Add($"{caseId}:{view?.Version}:{view?.AssigneeId}:{view?.Status}");
        }

        foreach (var agentId in new[] { "alice", "bob", "carl", "lena", "sam" })
        {
            var agent = (await factory.Grains.GetGrain<IAgentGrain>(agentId).Get())!;
            parts.Add($"{agentId}:{agent.LastSequence}:{agent.Load}");
        }

        return string.Join(' ', parts);
    }
}
