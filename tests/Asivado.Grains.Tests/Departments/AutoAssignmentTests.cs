using Asivado.Domain.Cases;
using Asivado.Grains.Agents;
using Asivado.Grains.Departments;
using Asivado.Grains.Tests.Agents;
using Asivado.Grains.Tests.Support;
using NodaTime;
using static Asivado.Grains.Tests.Departments.Entries;

namespace Asivado.Grains.Tests.Departments;

public sealed class AutoAssignmentTests
{
    private static async Task SetAvailable(TestGrainHost host, params string[] agentIds)
    {
        foreach (var id in agentIds)
        {
            Assert.True((await host.GrainFactory.GetGrain<IAgentGrain>(id).SetPresence(AgentPresence.Available, People.Self(id))).Succeeded);
        }
    }

    private static async Task Carry(TestGrainHost host, string agentId, int cases)
    {
        for (var i = 1; i <= cases; i++)
        {
            await host.GrainFactory.GetGrain<IAgentGrain>(agentId).TrackAssignment(new AgentAssignment($"C-{agentId}-{i}", Channel.Email, 1, Start, null, "Earlier case"));
        }
    }

    [Fact]
    public async Task A_new_case_goes_to_the_least_loaded_available_agent_and_is_reserved_there()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        await SetAvailable(host, "alice", "bob");
        await Carry(host, "alice", 2);
        await Carry(host, "bob", 1);

        var result = await billing.TrackCase(Queued("C-1"));

        Assert.Equal("bob", result.Value!.AgentId);
        var view = await billing.Get();
        Assert.Equal((1, 0), (view!.OpenCases, view.QueueLength));
        Assert.Contains(new AgentAvailability("bob", AgentPresence.Available, 3, 2), view.Agents);
    }

    [Fact]
    public async Task Among_equally_loaded_agents_the_one_assigned_longest_ago_wins_then_the_smaller_id()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        await SetAvailable(host, "bob");
        var picks = new List<string?> { (await billing.TrackCase(Queued("C-1"))).Value!.AgentId };
        await host.AdvanceAsync(TimeSpan.FromMinutes(1));
        await SetAvailable(host, "alice");

        for (var i = 2; i <= 5; i++)
        {
            picks.Add((await billing.TrackCase(Queued($"C-{i}"))).Value!.AgentId);
            await host.AdvanceAsync(TimeSpan.FromMinutes(1));
        }

        // C-2: alice has nothing; C-3: both carry one, bob's last is older; then it alternates.
        Assert.Equal(["bob", "alice", "bob", "alice", "bob"], picks);
    }

    [Fact]
    public async Task Agents_never_assigned_tie_by_id()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await SetAvailable(host, "lena", "bob", "alice");

        var result = await host.GrainFactory.GetGrain<IDepartmentGrain>("billing").TrackCase(Queued("C-1"));

        Assert.Equal("alice", result.Value!.AgentId);
    }

    [Fact]
    public async Task Nothing_goes_to_agents_away_offline_busy_or_full()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        await host.GrainFactory.GetGrain<IAgentGrain>("alice").SetPresence(AgentPresence.Away, People.Alice);
        await host.GrainFactory.GetGrain<IAgentGrain>("bob").SetPresence(AgentPresence.Busy, People.Bob);
        await SetAvailable(host, "lena");
        await Carry(host, "lena", 2);

        var result = await billing.TrackCase(Queued("C-1"));

        Assert.Null(result.Value!.AgentId);
        Assert.Equal(["C-1"], (await billing.GetQueue())!.Entries.Select(e => e.CaseId));
    }

    [Fact]
    public async Task A_live_call_weighs_the_whole_capacity_so_the_agent_gets_no_case_meanwhile()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        await SetAvailable(host, "alice");
        await host.GrainFactory.GetGrain<IAgentGrain>("alice").TrackAssignment(new AgentAssignment("call:K-1", Channel.Phone, 3, Start, null, "Live call"));

        Assert.Null((await billing.TrackCase(Queued("C-1"))).Value!.AgentId);

        await host.GrainFactory.GetGrain<IAgentGrain>("alice").ReleaseAssignment("call:K-1", "ended");
        await host.WhenIdleAsync();
        Assert.Empty((await billing.GetQueue())!.Entries);
    }

    [Fact]
    public async Task Reservations_fill_an_agent_up_to_its_capacity_and_no_further()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        await SetAvailable(host, "lena");

        var picks = new List<string?>();
        for (var i = 1; i <= 3; i++)
        {
            picks.Add((await billing.TrackCase(Queued($"C-{i}"))).Value!.AgentId);
        }

        Assert.Equal(["lena", "lena", null], picks);
        Assert.Contains(new AgentAvailability("lena", AgentPresence.Available, 2, 2), (await billing.Get())!.Agents);
    }

    [Fact]
    public async Task When_an_agent_frees_up_queued_cases_are_given_out_soonest_deadline_first_in_a_later_turn()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        await billing.TrackCase(Queued("C-late", Start.Plus(Duration.FromHours(8))));
        await billing.TrackCase(Queued("C-soon", Start.Plus(Duration.FromHours(2))));
        await billing.TrackCase(Queued("C-none"));
        await Carry(host, "bob", 1);

        await SetAvailable(host, "bob");
        await host.WhenIdleAsync();

        var queue = await billing.GetQueue();
        Assert.Equal(["C-none"], queue!.Entries.Select(e => e.CaseId));
        var view = await billing.Get();
        Assert.Equal((3, 1), (view!.OpenCases, view.QueueLength));
        Assert.Contains(new AgentAvailability("bob", AgentPresence.Available, 3, 3), view.Agents);
    }

    [Fact]
    public async Task A_report_without_room_assigns_nothing()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        await billing.TrackCase(Queued("C-1"));
        await Carry(host, "lena", 2);

        await SetAvailable(host, "lena");
        await host.GrainFactory.GetGrain<IAgentGrain>("bob").SetPresence(AgentPresence.Away, People.Bob);
        await host.WhenIdleAsync();

        Assert.Equal(["C-1"], (await billing.GetQueue())!.Entries.Select(e => e.CaseId));
    }
}
