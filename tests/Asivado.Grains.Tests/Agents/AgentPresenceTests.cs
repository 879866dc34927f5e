using Asivado.Grains.Agents;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Grains.Organisation;
using Asivado.Grains.Tests.Support;
using NodaTime;

namespace Asivado.Grains.Tests.Agents;

public sealed class AgentPresenceTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 8, 0);

    [Fact]
    public async Task A_new_agent_is_offline_with_its_directory_capacity_and_nothing_assigned()
    {
        await using var host = await GrainsTestHost.StartAsync();

        var view = await host.GrainFactory.GetGrain<IAgentGrain>("alice").Get();

        Assert.NotNull(view);
        Assert.Equal(("alice", "Alice Adams", "billing", StaffRole.Agent), (view.Id, view.Name, view.DepartmentId, view.Role));
        Assert.Equal((AgentPresence.Offline, 3, 0, 0L), (view.Presence, view.Capacity, view.Load, view.LastSequence));
        Assert.Empty(view.Assignments);
        Assert.Empty(view.OpenEscalations);
    }

    [Fact]
    public async Task The_agent_sets_its_own_presence_which_is_pushed_and_reported_to_the_department()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");

        var result = await alice.SetPresence(AgentPresence.Available, People.Alice);

        Assert.True(result.Succeeded);
        Assert.Equal((AgentPresence.Available, 0L), (result.Value.Presence, result.Value.LastSequence));
        Assert.Empty(await alice.GetPushesAfter(0));
        Assert.Equal(AgentPresence.Available, (await alice.Resume(null, 0))!.Snapshot.Presence);
        var department = await host.GrainFactory.GetGrain<IDepartmentGrain>("billing").Get();
        Assert.Contains(new AgentAvailability("alice", AgentPresence.Available, 3, 0), department!.Agents);
        Assert.Equal(["alice"], await host.GrainFactory.GetGrain<IDepartmentGrain>("billing").GetAvailableAgents());
    }

    [Fact]
    public async Task An_admin_may_set_an_agents_presence()
    {
        await using var host = await GrainsTestHost.StartAsync();

        var result = await host.GrainFactory.GetGrain<IAgentGrain>("alice").SetPresence(AgentPresence.Away, People.Admin);

        Assert.Equal(AgentPresence.Away, result.Value!.Presence);
    }

    [Theory]
    [InlineData("bob", ActorRole.Agent)]
    [InlineData("lena", ActorRole.Lead)]
    [InlineData("maria", ActorRole.Manager)]
    [InlineData("cti", ActorRole.Integration)]
    [InlineData("system", ActorRole.System)]
    public async Task Nobody_else_may_set_an_agents_presence_and_a_refusal_changes_nothing(string actorId, ActorRole role)
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");

        var result = await alice.SetPresence(AgentPresence.Available, new Actor(actorId, role));

        Assert.Equal(GrainErrorKind.Forbidden, result.Error!.Kind);
        await AssertUnchanged(host, alice);
    }

    [Fact]
    public async Task An_undefined_presence_is_invalid_and_changes_nothing()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");

        var result = await alice.SetPresence((AgentPresence)42, People.Alice);

        Assert.Equal((GrainErrorKind.InvalidArgument, "presence"), (result.Error!.Kind, result.Error.Field));
        await AssertUnchanged(host, alice);
    }

    [Fact]
    public async Task Setting_the_same_presence_again_pushes_nothing()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
        var desk = new RecordingConsole();
        await alice.Subscribe(host.GrainFactory.CreateObjectReference<IAgentConsoleObserver>(desk));
        await alice.SetPresence(AgentPresence.Busy, People.Alice);

        var again = await alice.SetPresence(AgentPresence.Busy, People.Alice);
        await alice.Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, Start, "C-1"));
        await desk.WaitForAsync(pushes => pushes.Count == 2);

        Assert.Equal(AgentPresence.Busy, again.Value!.Presence);
        Assert.Equal([ConsolePushKind.PresenceChanged, ConsolePushKind.CaseChanged], desk.Pushes.Select(p => p.Kind));
    }

    [Fact]
    public async Task Presence_survives_a_host_restart()
    {
        var host = await GrainsTestHost.StartAsync();
        try
        {
            await host.GrainFactory.GetGrain<IAgentGrain>("bob").SetPresence(AgentPresence.Away, People.Bob);

            host = await host.RestartAsync();

            var view = await host.GrainFactory.GetGrain<IAgentGrain>("bob").Get();
            Assert.Equal(AgentPresence.Away, view!.Presence);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_id_the_directory_does_not_know_is_not_an_agent()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var ghost = host.GrainFactory.GetGrain<IAgentGrain>("ghost");
        var notice = new EscalationNotice(ConsolePushKind.Escalation, "C-1", null, "billing", "respond", Domain.Escalation.EscalationLevel.Breach, 100, Domain.Escalation.RecipientRole.Assignee, Start, Start, "late");
        var assignment = new AgentAssignment("C-1", Domain.Cases.Channel.Email, 1, Start, null, "Invoice");

        Assert.Null(await ghost.Get());
        Assert.Equal(GrainErrorKind.NotFound, (await ghost.SetPresence(AgentPresence.Available, People.Self("ghost"))).Error!.Kind);
        Assert.Equal(GrainErrorKind.NotFound, (await ghost.TrackAssignment(assignment)).Error!.Kind);
        Assert.Equal(GrainErrorKind.NotFound, (await ghost.ReleaseAssignment("C-1", "done")).Error!.Kind);
        Assert.Equal(GrainErrorKind.NotFound, (await ghost.Escalate(notice)).Error!.Kind);
        Assert.Equal(GrainErrorKind.NotFound, (await ghost.Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, Start))).Error!.Kind);
        Assert.Equal(GrainErrorKind.NotFound, (await ghost.AcknowledgeEscalation(1, People.Admin)).Error!.Kind);
        Assert.Empty(await ghost.GetPushesAfter(0));
    }

    private static async Task AssertUnchanged(TestGrainHost host, IAgentGrain alice)
    {
        var view = await alice.Get();
        Assert.Equal((AgentPresence.Offline, 0L), (view!.Presence, view.LastSequence));
        Assert.Empty(await alice.GetPushesAfter(0));
        var department = await host.GrainFactory.GetGrain<IDepartmentGrain>("billing").Get();
        Assert.Contains(new AgentAvailability("alice", AgentPresence.Offline, 3, 0), department!.Agents);
    }
}
