using Asivado.Domain.Cases;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Tests.Support;
using static Asivado.Grains.Tests.Cases.CaseTestKit;

namespace Asivado.Grains.Tests.Cases;

/// <summary>
/// The case grain applies the access rule in the turn that acts: each refusal is Forbidden and changes nothing, and
/// the assignee it checks is the one the case has at that moment.
/// </summary>
public sealed class CaseAccessTests
{
    private const string CaseId = "C-260105-TEST000001";
    private static readonly Actor Bob = new("bob", ActorRole.Agent, "billing");
    private static readonly Actor Carl = new("carl", ActorRole.Agent, "support");
    private static readonly Actor Sam = new("sam", ActorRole.Lead, "support");
    private static readonly Actor Maria = new("maria", ActorRole.Manager);

    public static TheoryData<string, string> Refusals() => new()
    {
        { "an agent of another department", "carl" },
        { "an agent on a colleague's case", "bob" },
        { "a lead of another department", "sam" },
        { "a manager doing an agent's work", "maria" },
        { "an integration", "mail-gateway" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_actor_gets_forbidden_and_the_case_is_unchanged(string who, string actorId)
    {
        _ = who;
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email(), CaseId);
        await host.ExecuteAsync(CaseId, new AssignCase(default, "alice"), Lena);
        var before = await host.HistoryAsync(CaseId);
        var actor = new[] { Carl, Bob, Sam, Maria, MailGateway }.Single(a => a.Id == actorId);

        var result = await host.Case(CaseId).Execute(new RespondToCase(default, "Refunded."), actor);

        Assert.Equal(GrainErrorKind.Forbidden, result.Error?.Kind);
        Assert.Equal(before.Count, (await host.HistoryAsync(CaseId)).Count);
        Assert.Equal(CaseStatus.InProgress, (await host.Case(CaseId).Get())!.Status);
    }

    [Fact]
    public async Task An_agent_may_take_a_queued_case_of_their_department_only_for_themselves_and_never_reassign()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email(), CaseId);

        Assert.Equal(GrainErrorKind.Forbidden, (await host.Case(CaseId).Execute(new AssignCase(default, "bob"), Alice)).Error?.Kind);
        Assert.True((await host.Case(CaseId).Execute(new AssignCase(default, "alice"), Alice)).Succeeded);
        Assert.Equal(GrainErrorKind.Forbidden, (await host.Case(CaseId).Execute(new ReassignCase(default, "bob"), Alice)).Error?.Kind);
        Assert.Equal("alice", (await host.Case(CaseId).Get())!.AssigneeId);
    }

    [Fact]
    public async Task The_rule_sees_the_assignee_the_case_has_when_it_acts()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email(), CaseId);
        Assert.True((await host.Case(CaseId).Execute(new AssignCase(default, "bob"), Bob)).Succeeded);

        // Queued when Alice looked; Bob's since: her claim is refused in the turn that would have changed it.
        Assert.Equal(GrainErrorKind.Forbidden, (await host.Case(CaseId).Execute(new AssignCase(default, "alice"), Alice)).Error?.Kind);
        Assert.Equal("bob", (await host.Case(CaseId).Get())!.AssigneeId);
    }

    [Fact]
    public async Task An_agent_refers_only_within_the_case_department()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email(), CaseId);
        await host.ExecuteAsync(CaseId, new AssignCase(default, "alice"), Alice);

        var result = await host.Case(CaseId).Refer(new CaseReferralRequest("support", "carl", Jan(7, 12), null), Alice);

        Assert.Equal(GrainErrorKind.Forbidden, result.Error?.Kind);
        Assert.Equal("billing", (await host.Case(CaseId).Get())!.DepartmentId);
    }

    /// <summary>Every way of changing who owns a case, by Alice (an agent) on a queued case of her department, naming Bob.</summary>
    public static TheoryData<string> OwnerChanges() => ["assign", "refer within the department", "give"];

    [Theory]
    [MemberData(nameof(OwnerChanges))]
    public async Task An_agent_may_make_no_one_but_herself_the_owner_by_any_command(string command)
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email(), CaseId);
        var before = await host.HistoryAsync(CaseId);
        var grain = host.Case(CaseId);

        var result = command switch
        {
            "assign" => await grain.Execute(new AssignCase(default, "bob"), Alice),
            "refer within the department" => await grain.Refer(new CaseReferralRequest("billing", "bob", null, null), Alice),
            _ => await grain.GiveTo("bob", Alice),
        };

        Assert.Equal(GrainErrorKind.Forbidden, result.Error?.Kind);
        Assert.Equal($"You may not do this to case '{CaseId}': an agent may make only themselves the owner of a case.", result.Error?.Message);
        Assert.Equal(before.Count, (await host.HistoryAsync(CaseId)).Count);
        Assert.Null((await grain.Get())!.AssigneeId);
    }

    [Theory]
    [MemberData(nameof(OwnerChanges))]
    public async Task An_agent_may_make_herself_the_owner_by_any_command(string command)
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email(), CaseId);
        var grain = host.Case(CaseId);

        var result = command switch
        {
            "assign" => await grain.Execute(new AssignCase(default, "alice"), Alice),
            "refer within the department" => await grain.Refer(new CaseReferralRequest("billing", "alice", null, null), Alice),
            _ => await grain.GiveTo("alice", Alice),
        };

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal("alice", (await grain.Get())!.AssigneeId);
    }

    [Fact]
    public async Task A_lead_gives_a_case_of_her_department_to_anyone_of_it_in_one_call_and_it_is_a_conflict_when_it_is_theirs()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email(), CaseId);
        var grain = host.Case(CaseId);

        Assert.True((await grain.GiveTo("alice", Lena)).Succeeded);
        Assert.True((await grain.GiveTo("bob", Lena)).Succeeded);
        var again = await grain.GiveTo("bob", Lena);
        var outsider = await grain.GiveTo("carl", Lena);

        Assert.Equal((GrainErrorKind.Conflict, "the case is already assigned to 'bob'"), (again.Error?.Kind, again.Error?.Message));
        Assert.Equal((GrainErrorKind.InvalidArgument, "agentId"), (outsider.Error?.Kind, outsider.Error?.Field));
        Assert.Equal(["open", "assign", "reassign"], (await host.HistoryAsync(CaseId)).Select(e => e.Action));
    }
}
