using Asivado.Domain.Cases;
using Asivado.Grains.Agents;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Grains.Tests.Support;
using NodaTime;

namespace Asivado.Grains.Tests.Agents;

public sealed class AgentAssignmentTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 8, 0);
    private static readonly Instant Due = Instant.FromUtc(2026, 1, 5, 11, 0);

    [Fact]
    public async Task Load_is_the_sum_of_the_weights_and_a_live_call_takes_the_whole_capacity()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");

        await alice.TrackAssignment(new AgentAssignment("C-1", Channel.Email, 1, Start, Due, "Invoice query"));
        var withCall = await alice.TrackAssignment(new AgentAssignment("call:K-9", Channel.Phone, 3, Start, null, "Live call"));

        Assert.Equal((3, 4), (withCall.Value!.Capacity, withCall.Value.Load));
        Assert.Equal(["C-1", "call:K-9"], withCall.Value.Assignments.Select(a => a.WorkId));
        var department = await host.GrainFactory.GetGrain<IDepartmentGrain>("billing").Get();
        Assert.Contains(new AgentAvailability("alice", AgentPresence.Offline, 3, 4), department!.Agents);
    }

    [Fact]
    public async Task Tracking_pushes_case_assigned_with_the_case_or_call_id()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");

        await alice.TrackAssignment(new AgentAssignment("C-1", Channel.Email, 1, Start, Due, "Invoice query"));
        await alice.TrackAssignment(new AgentAssignment("call:K-9", Channel.Phone, 3, Start, null, "Live call"));

        Assert.Equal(
            [
                new ConsolePush(1, ConsolePushKind.CaseAssigned, Start, "C-1", "billing", DueAt: Due, Text: "Invoice query"),
                new ConsolePush(2, ConsolePushKind.CaseAssigned, Start, null, "billing", CallId: "K-9", Text: "Live call"),
            ],
            await alice.GetPushesAfter(0));
    }

    [Fact]
    public async Task Tracking_the_same_assignment_again_changes_nothing_and_an_update_replaces_it()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
        var assignment = new AgentAssignment("C-1", Channel.Email, 1, Start, Due, "Invoice query");
        await alice.TrackAssignment(assignment);

        var repeated = await alice.TrackAssignment(assignment);
        Assert.Equal((1, 1L), (repeated.Value!.Load, repeated.Value.LastSequence));

        var moved = await alice.TrackAssignment(assignment with { NextDueAt = Due.Plus(Duration.FromHours(1)) });
        Assert.Equal((1, 2L), (moved.Value!.Load, moved.Value.LastSequence));
        Assert.Equal(Due.Plus(Duration.FromHours(1)), Assert.Single(moved.Value.Assignments).NextDueAt);
    }

    [Fact]
    public async Task Releasing_pushes_case_unassigned_with_the_reason_and_lowers_the_load_once()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
        await alice.TrackAssignment(new AgentAssignment("C-1", Channel.Email, 1, Start, Due, "Invoice query"));
        await alice.TrackAssignment(new AgentAssignment("C-2", Channel.WebTicket, 1, Start, Due, "Refund"));

        var released = await alice.ReleaseAssignment("C-1", "reassigned");
        var again = await alice.ReleaseAssignment("C-1", "reassigned");

        Assert.Equal((1, 3L), (released.Value!.Load, released.Value.LastSequence));
        Assert.Equal((1, 3L), (again.Value!.Load, again.Value.LastSequence));
        Assert.Equal(
            new ConsolePush(3, ConsolePushKind.CaseUnassigned, Start, "C-1", "billing", Text: "reassigned"),
            Assert.Single(await alice.GetPushesAfter(2)));
        var department = await host.GrainFactory.GetGrain<IDepartmentGrain>("billing").Get();
        Assert.Contains(new AgentAvailability("alice", AgentPresence.Offline, 3, 1), department!.Agents);
    }

    [Fact]
    public async Task A_bad_assignment_is_invalid_and_changes_nothing()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");

        var blank = await alice.TrackAssignment(new AgentAssignment(" ", Channel.Email, 1, Start, null, "x"));
        var negative = await alice.TrackAssignment(new AgentAssignment("C-1", Channel.Email, -1, Start, null, "x"));
        var channel = await alice.TrackAssignment(new AgentAssignment("C-1", (Channel)99, 1, Start, null, "x"));
        var release = await alice.ReleaseAssignment("", "x");

        Assert.Equal(("workId", "weight", "channel", "workId"), (blank.Error!.Field, negative.Error!.Field, channel.Error!.Field, release.Error!.Field));
        Assert.All([blank.Error, negative.Error, channel.Error, release.Error], e => Assert.Equal(GrainErrorKind.InvalidArgument, e.Kind));
        var view = await alice.Get();
        Assert.Equal((0, 0L), (view!.Load, view.LastSequence));
        Assert.Empty(view.Assignments);
    }

    [Fact]
    public async Task Assignments_survive_a_host_restart()
    {
        var host = await GrainsTestHost.StartAsync();
        try
        {
            await host.GrainFactory.GetGrain<IAgentGrain>("bob").TrackAssignment(new AgentAssignment("C-7", Channel.PostalMail, 1, Start, Due, "Letter"));

            host = await host.RestartAsync();

            var view = await host.GrainFactory.GetGrain<IAgentGrain>("bob").Get();
            Assert.Equal(new AgentAssignment("C-7", Channel.PostalMail, 1, Start, Due, "Letter"), Assert.Single(view!.Assignments));
            Assert.Equal(1, view.Load);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }
}
