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
}
