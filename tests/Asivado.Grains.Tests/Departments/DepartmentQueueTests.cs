using Asivado.Domain.Cases;
using Asivado.Grains.Agents;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Grains.Tests.Agents;
using Asivado.Grains.Tests.Support;
using NodaTime;
using static Asivado.Grains.Tests.Departments.Entries;

namespace Asivado.Grains.Tests.Departments;

public sealed class DepartmentQueueTests
{
    [Fact]
    public async Task The_view_shows_the_directory_definition_and_every_member_offline_before_any_report()
    {
        await using var host = await GrainsTestHost.StartAsync();

        var view = await host.GrainFactory.GetGrain<IDepartmentGrain>("billing").Get();

        Assert.NotNull(view);
        Assert.Equal(("billing", "Billing", TestOrganisation.London, "maria"), (view.Id, view.Name, view.Calendar, view.ManagerId));
        Assert.Equal([TestOrganisation.Standard, TestOrganisation.Ancs], view.Policies);
        Assert.Equal(["alice", "bob", "lena"], view.MemberIds);
        Assert.Equal(["lena"], view.LeadIds);
        Assert.Equal((0, 0), (view.OpenCases, view.QueueLength));
        Assert.Equal(
            [
                new AgentAvailability("alice", AgentPresence.Offline, 3, 0),
                new AgentAvailability("bob", AgentPresence.Offline, 3, 0),
                new AgentAvailability("lena", AgentPresence.Offline, 2, 0),
            ],
            view.Agents);
        Assert.Empty(view.ComplianceToday);
    }

    [Fact]
    public async Task With_nobody_available_a_case_stays_queued()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");

        var result = await billing.TrackCase(Queued("C-1"));

        Assert.Equal(new AutoAssignment(null), result.Value);
        Assert.Equal([Queued("C-1")], (await billing.GetQueue())!.Entries);
        var view = await billing.Get();
        Assert.Equal((1, 1), (view!.OpenCases, view.QueueLength));
    }

    [Fact]
    public async Task The_queue_is_ordered_by_next_deadline_with_none_last_then_by_receipt_then_by_case_id()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        var nine = Start.Plus(Duration.FromHours(1));
        var ten = Start.Plus(Duration.FromHours(2));
        var earlier = Start.Minus(Duration.FromHours(5));
        await billing.TrackCase(Queued("C-none-old", null, earlier));
        await billing.TrackCase(Queued("C-ten", ten));
        await billing.TrackCase(Queued("C-none-new", null));
        await billing.TrackCase(Queued("C-nine-b", nine));
        await billing.TrackCase(Queued("C-nine-a", nine));
        await billing.TrackCase(Queued("C-nine-old", nine, earlier));
        await billing.TrackCase(Queued("C-assigned", nine) with { AssigneeId = "bob", Status = CaseStatus.InProgress });

        var queue = await billing.GetQueue();

        Assert.Equal(["C-nine-old", "C-nine-a", "C-nine-b", "C-ten", "C-none-old", "C-none-new"], queue!.Entries.Select(e => e.CaseId));
        var view = await billing.Get();
        Assert.Equal((7, 6), (view!.OpenCases, view.QueueLength));
    }

    [Fact]
    public async Task An_update_replaces_the_entry_and_untracking_removes_it_once()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        await billing.TrackCase(Queued("C-1"));
        await billing.TrackCase(Queued("C-2"));

        var due = Start.Plus(Duration.FromHours(3));
        await billing.TrackCase(Queued("C-2", due) with { Status = CaseStatus.Acknowledged });
        Assert.Equal([Queued("C-2", due) with { Status = CaseStatus.Acknowledged }, Queued("C-1")], (await billing.GetQueue())!.Entries);

        await billing.UntrackCase("C-2");
        await billing.UntrackCase("C-2");
        await billing.UntrackCase("C-unknown");
        Assert.Equal([Queued("C-1")], (await billing.GetQueue())!.Entries);
        Assert.Equal(1, (await billing.Get())!.OpenCases);
    }

    [Fact]
    public async Task A_case_without_an_id_is_invalid()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");

        var result = await billing.TrackCase(Queued(" "));

        Assert.Equal((GrainErrorKind.InvalidArgument, "caseId"), (result.Error!.Kind, result.Error.Field));
        Assert.Equal(0, (await billing.Get())!.OpenCases);
    }

    [Fact]
    public async Task Open_cases_and_agent_reports_survive_a_host_restart()
    {
        var host = await GrainsTestHost.StartAsync();
        try
        {
            await host.GrainFactory.GetGrain<IDepartmentGrain>("billing").TrackCase(Queued("C-1"));
            await host.GrainFactory.GetGrain<IAgentGrain>("bob").SetPresence(AgentPresence.Away, People.Bob);

            host = await host.RestartAsync();

            var view = await host.GrainFactory.GetGrain<IDepartmentGrain>("billing").Get();
            Assert.Equal((1, 1), (view!.OpenCases, view.QueueLength));
            Assert.Contains(new AgentAvailability("bob", AgentPresence.Away, 3, 0), view.Agents);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Reports_from_agents_of_other_departments_are_ignored()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");

        await billing.UpdateAgent(new AgentAvailability("carl", AgentPresence.Available, 3, 0));
        await billing.UpdateAgent(new AgentAvailability("maria", AgentPresence.Available, 1, 0));
        var assignment = await billing.TrackCase(Queued("C-1"));

        Assert.Null(assignment.Value!.AgentId);
        Assert.Empty(await billing.GetAvailableAgents());
        Assert.DoesNotContain((await billing.Get())!.Agents, a => a.AgentId is "carl" or "maria");
    }

    [Fact]
    public async Task Available_agents_are_listed_by_id_whatever_their_load()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        await host.GrainFactory.GetGrain<IAgentGrain>("lena").SetPresence(AgentPresence.Available, People.Lena);
        await host.GrainFactory.GetGrain<IAgentGrain>("bob").SetPresence(AgentPresence.Busy, People.Bob);
        await host.GrainFactory.GetGrain<IAgentGrain>("alice").SetPresence(AgentPresence.Available, People.Alice);
        await host.GrainFactory.GetGrain<IAgentGrain>("alice").TrackAssignment(new AgentAssignment("call:K-1", Channel.Phone, 3, Start, null, "Live call"));

        Assert.Equal(["alice", "lena"], await billing.GetAvailableAgents());
    }

    [Fact]
    public async Task An_unknown_department_answers_null_and_not_found_and_ignores_everything_else()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var nowhere = host.GrainFactory.GetGrain<IDepartmentGrain>("nowhere");
        var today = new LocalDate(2026, 1, 5);

        await nowhere.UpdateAgent(new AgentAvailability("alice", AgentPresence.Available, 3, 0));
        await nowhere.UntrackCase("C-1");
        await nowhere.RecordOutcome(new DeadlineOutcome("C-1", "respond", false, Start, Start));
        await nowhere.RecordIntake("C-1", CaseKind.Praise, Start);
        var tracked = await nowhere.TrackCase(Queued("C-1"));

        Assert.Null(await nowhere.Get());
        Assert.Null(await nowhere.GetQueue());
        Assert.Equal(new AutoAssignment(null), tracked.Value);
        Assert.Empty(await nowhere.GetAvailableAgents());
        Assert.Equal(GrainErrorKind.NotFound, (await nowhere.GetCompliance(today, today)).Error!.Kind);
        Assert.Equal(GrainErrorKind.NotFound, (await nowhere.GetFeedback(today, today)).Error!.Kind);
    }
}
