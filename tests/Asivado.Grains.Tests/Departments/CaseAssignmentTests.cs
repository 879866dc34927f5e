using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Grains.Tests.Agents;
using Asivado.Grains.Tests.Support;

namespace Asivado.Grains.Tests.Departments;

/// <summary>The department and real case grains together: the case assigns itself to the agent the department picks.</summary>
public sealed class CaseAssignmentTests
{
    private static readonly Actor Integration = new("mail-gateway", ActorRole.Integration);

    private static CaseIntake Intake(string subject) => new(
        Channel.Email,
        CaseKind.Question,
        "billing",
        new CustomerDetails("Pat Customer", new ContactDetails(Email: "pat@example.com")),
        subject,
        "Why was I billed twice this month?");

    [Fact]
    public async Task A_case_opened_while_an_agent_is_available_is_assigned_to_it_at_once()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.GrainFactory.GetGrain<IAgentGrain>("bob").SetPresence(AgentPresence.Available, People.Bob);

        var opened = await host.GrainFactory.GetGrain<ICaseGrain>("C-1").Open(Intake("Double billing"), Integration);

        Assert.Equal("bob", opened.Value!.AssigneeId);
        var bob = await host.GrainFactory.GetGrain<IAgentGrain>("bob").Get();
        Assert.Equal(["C-1"], bob!.Assignments.Select(a => a.WorkId));
        Assert.Empty((await host.GrainFactory.GetGrain<IDepartmentGrain>("billing").GetQueue())!.Entries);
    }

    [Fact]
    public async Task A_queued_case_is_assigned_when_an_agent_comes_online()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        var first = await host.GrainFactory.GetGrain<ICaseGrain>("C-1").Open(Intake("Double billing"), Integration);
        var second = await host.GrainFactory.GetGrain<ICaseGrain>("C-2").Open(Intake("Refund"), Integration);
        Assert.Equal((null, null), (first.Value!.AssigneeId, second.Value!.AssigneeId));
        Assert.Equal(["C-1", "C-2"], (await billing.GetQueue())!.Entries.Select(e => e.CaseId));
        var console = new RecordingConsole();
        await host.GrainFactory.GetGrain<IAgentGrain>("alice").Subscribe(host.GrainFactory.CreateObjectReference<IAgentConsoleObserver>(console));

        await host.GrainFactory.GetGrain<IAgentGrain>("alice").SetPresence(AgentPresence.Available, People.Alice);
        await host.WhenIdleAsync();
        await console.WaitForKindAsync(ConsolePushKind.CaseAssigned, 2);

        Assert.Equal("alice", (await host.GrainFactory.GetGrain<ICaseGrain>("C-1").Get())!.AssigneeId);
        Assert.Equal("alice", (await host.GrainFactory.GetGrain<ICaseGrain>("C-2").Get())!.AssigneeId);
        var alice = await host.GrainFactory.GetGrain<IAgentGrain>("alice").Get();
        Assert.Equal(2, alice!.Load);
        Assert.Empty((await billing.GetQueue())!.Entries);
        Assert.Contains(new AgentAvailability("alice", AgentPresence.Available, 3, 2), (await billing.Get())!.Agents);
    }
}
