using Asivado.Domain.Cases;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Tests.Support;
using static Asivado.Grains.Tests.Cases.CaseTestKit;

namespace Asivado.Grains.Tests.Cases;

/// <summary>The department's choice of agent on open: the case assigns itself as the system.</summary>
public sealed class CaseAssignmentTests
{
    private const string CaseId = "C-260105-TEST000001";

    [Fact]
    public async Task A_new_case_is_assigned_to_the_available_agent_the_department_picks()
    {
        await using var host = await GrainsTestHost.StartAsync();
        Assert.True((await host.Agent("alice").SetPresence(AgentPresence.Available, Alice)).Succeeded);

        var view = await host.OpenAsync(Email());

        Assert.Equal((CaseStatus.InProgress, "alice"), (view.Status, view.AssigneeId));
        Assert.Equal(DeadlineState.Met, view.Deadline("refer").State);
        var history = await host.HistoryAsync(CaseId);
        Assert.Equal(["open", "assign"], history.Select(h => h.Action));
        Assert.Equal(("system", ActorRole.System, "auto-assignment", "alice"), (history[1].ActorId, history[1].ActorRole, history[1].Reason, history[1].Details["agentId"]));

        var alice = await host.Agent("alice").Get();
        var assignment = Assert.Single(alice!.Assignments);
        Assert.Equal((CaseId, 1, Channel.Email), (assignment.WorkId, assignment.Weight, assignment.Channel));
        Assert.Equal(1, alice.Load);
        Assert.Empty((await host.Department("billing").GetQueue())!.Entries);
    }

    [Fact]
    public async Task A_new_case_waits_in_the_queue_while_nobody_is_available()
    {
        await using var host = await GrainsTestHost.StartAsync();

        var view = await host.OpenAsync(Email());

        Assert.Equal((CaseStatus.Received, (string?)null), (view.Status, view.AssigneeId));
        Assert.Equal(CaseId, Assert.Single((await host.Department("billing").GetQueue())!.Entries).CaseId);
    }

    [Fact]
    public async Task A_queued_case_is_assigned_once_an_agent_becomes_available()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.AdvanceToAsync(Jan(5, 9));

        await host.Agent("bob").SetPresence(AgentPresence.Available, new Actor("bob", ActorRole.Agent));
        await host.AdvanceAsync(TimeSpan.FromSeconds(1));

        var view = await host.Case(CaseId).Get();
        Assert.Equal((CaseStatus.InProgress, "bob"), (view!.Status, view.AssigneeId));
        var assign = (await host.HistoryAsync(CaseId))[^1];
        Assert.Equal(("assign", "system", "bob"), (assign.Action, assign.ActorId, assign.Details["agentId"]));
        Assert.Equal(CaseId, Assert.Single((await host.Agent("bob").Get())!.Assignments).WorkId);
        Assert.Empty((await host.Department("billing").GetQueue())!.Entries);
    }
}
