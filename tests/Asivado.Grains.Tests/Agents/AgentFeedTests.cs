using Asivado.Domain.Escalation;
using Asivado.Grains.Agents;
using Asivado.Grains.Common;
using Asivado.Grains.Tests.Support;
using NodaTime;

namespace Asivado.Grains.Tests.Agents;

public sealed class AgentFeedTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 8, 0);
    private static readonly Instant StepDue = Instant.FromUtc(2026, 1, 5, 12, 0);
    private static readonly Instant DeadlineDue = Instant.FromUtc(2026, 1, 5, 17, 0);

    private static EscalationNotice Notice(string kind = ConsolePushKind.Escalation) => kind == ConsolePushKind.Escalation
        ? new EscalationNotice(kind, "C-1", null, "billing", "respond", EscalationLevel.Warning, 50, RecipientRole.Assignee, StepDue, DeadlineDue, "Half the time to respond is used")
        : new EscalationNotice(kind, null, "K-9", "billing", "answer-call", EscalationLevel.Breach, null, RecipientRole.DepartmentLead, StepDue, StepDue, "Call waiting");

    [Fact]
    public async Task An_escalation_is_pushed_with_the_notices_fields_and_stays_open()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
        await host.AdvanceAsync(TimeSpan.FromMinutes(5));

        var push = await alice.Escalate(Notice());

        var expected = new ConsolePush(1, ConsolePushKind.Escalation, Start.Plus(Duration.FromMinutes(5)), "C-1", "billing", "respond", EscalationLevel.Warning, 50, DeadlineDue, null, "Half the time to respond is used", StepDue);
        Assert.Equal(expected, push.Value);
        Assert.Equal([expected], (await alice.Get())!.OpenEscalations);
    }

    [Fact]
    public async Task The_same_step_sent_again_returns_the_stored_push_and_adds_nothing()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
        var first = await alice.Escalate(Notice());
        await host.AdvanceAsync(TimeSpan.FromSeconds(3));

        var again = await alice.Escalate(Notice() with { Text = "worded differently on the retry" });
        var breach = await alice.Escalate(Notice() with { Level = EscalationLevel.Breach, PercentOfBudget = 100 });

        Assert.Equal(first.Value, again.Value);
        Assert.Equal([1L, 2L], (await alice.GetPushesAfter(0)).Select(p => p.Sequence));
        Assert.Equal(2L, breach.Value!.Sequence);
    }

    [Theory]
    [InlineData(ConsolePushKind.CallWaiting)]
    [InlineData(ConsolePushKind.OverHold)]
    public async Task Call_alerts_keep_their_kind_and_can_be_acknowledged(string kind)
    {
        await using var host = await GrainsTestHost.StartAsync();
        var lena = host.GrainFactory.GetGrain<IAgentGrain>("lena");

        var push = await lena.Escalate(Notice(kind));

        Assert.Equal((kind, "K-9", (string?)null, StepDue), (push.Value!.Kind, push.Value.CallId, push.Value.CaseId, push.Value.DueAt));
        Assert.Equal([1L], (await lena.Get())!.OpenEscalations.Select(p => p.Sequence));
        var acknowledged = await lena.AcknowledgeEscalation(1, People.Self("lena"));
        Assert.Empty(acknowledged.Value!.OpenEscalations);
    }

    [Fact]
    public async Task An_escalation_of_another_kind_is_invalid_and_changes_nothing()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");

        var result = await alice.Escalate(Notice() with { Kind = ConsolePushKind.CaseChanged });

        Assert.Equal((GrainErrorKind.InvalidArgument, "kind"), (result.Error!.Kind, result.Error.Field));
        Assert.Equal(0L, (await alice.Get())!.LastSequence);
    }

    [Fact]
    public async Task Notify_assigns_the_sequence_and_the_instant()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
        await alice.SetPresence(AgentPresence.Available, People.Alice);
        await host.AdvanceAsync(TimeSpan.FromSeconds(30));

        var result = await alice.Notify(new ConsolePush(77, ConsolePushKind.CaseChanged, Instant.MinValue, "C-1", "billing", Text: "Customer replied"));

        var expected = new ConsolePush(1, ConsolePushKind.CaseChanged, Start.Plus(Duration.FromSeconds(30)), "C-1", "billing", Text: "Customer replied");
        Assert.Equal(expected, result.Value);
        Assert.Equal([expected], await alice.GetPushesAfter(0));
        Assert.Empty((await alice.Get())!.OpenEscalations);
    }

    [Fact]
    public async Task A_push_without_a_kind_is_invalid()
    {
        await using var host = await GrainsTestHost.StartAsync();

        var result = await host.GrainFactory.GetGrain<IAgentGrain>("alice").Notify(new ConsolePush(0, " ", Start));

        Assert.Equal("kind", result.Error!.Field);
    }

    [Fact]
    public async Task GetPushesAfter_returns_the_later_pushes_in_order()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
        for (var i = 1; i <= 5; i++)
        {
            await alice.Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, Start, Text: $"change {i}"));
        }

        Assert.Equal([1L, 2, 3, 4, 5], (await alice.GetPushesAfter(0)).Select(p => p.Sequence));
        Assert.Equal(["change 4", "change 5"], (await alice.GetPushesAfter(3)).Select(p => p.Text));
        Assert.Empty(await alice.GetPushesAfter(5));
        Assert.Equal(5, (await alice.GetPushesAfter(-10)).Count);
    }

    [Fact]
    public async Task The_sequence_continues_without_a_gap_after_a_host_restart()
    {
        var host = await GrainsTestHost.StartAsync();
        try
        {
            var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
            await alice.SetPresence(AgentPresence.Available, People.Alice);
            await alice.Escalate(Notice());
            await alice.Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, Start));

            host = await host.RestartAsync();
            alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
            var next = await alice.Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, Start));

            Assert.Equal(3, next.Value!.Sequence);
            Assert.Equal(
                [ConsolePushKind.Escalation, ConsolePushKind.CaseChanged, ConsolePushKind.CaseChanged],
                (await alice.GetPushesAfter(0)).Select(p => p.Kind));
            Assert.Equal([1L], (await alice.Get())!.OpenEscalations.Select(p => p.Sequence));
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_feed_keeps_the_last_thousand_pushes_and_every_unacknowledged_escalation()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
        await alice.Escalate(Notice());
        await alice.Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, Start));
        await alice.Escalate(Notice() with { Level = EscalationLevel.Breach });
        await alice.AcknowledgeEscalation(3, People.Alice);
        for (var i = 0; i < 1_000; i++)
        {
            await alice.Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, Start));
        }

        var feed = await alice.GetPushesAfter(0);

        Assert.Equal(1_004L, (await alice.Get())!.LastSequence);
        Assert.Equal([1L, .. Enumerable.Range(5, 1_000).Select(i => (long)i)], feed.Select(p => p.Sequence));
        Assert.Equal(GrainErrorKind.NotFound, (await alice.AcknowledgeEscalation(3, People.Alice)).Error!.Kind);
        Assert.True((await alice.AcknowledgeEscalation(1, People.Alice)).Succeeded);
    }

    [Fact]
    public async Task The_stored_feed_is_what_the_feed_keeps_one_entry_per_push_and_it_survives_a_restart()
    {
        var host = await GrainsTestHost.StartAsync();
        try
        {
            var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
            await alice.Escalate(Notice());
            for (var i = 0; i < 1_010; i++)
            {
                await alice.Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, Start));
            }

            var before = (await alice.GetPushesAfter(0)).Select(p => p.Sequence).ToList();
            var stored = await host.Options.Entries.ReadEntriesAsync("feed", GrainId.Create("agent", "alice"));
            Assert.Equal(before.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal), stored.Select(e => e.Key).Order(StringComparer.Ordinal));

            host = await host.RestartAsync();
            alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");

            Assert.Equal(before, (await alice.GetPushesAfter(0)).Select(p => p.Sequence));
            Assert.True((await alice.AcknowledgeEscalation(1, People.Alice)).Succeeded);
            Assert.Equal(1_012L, (await alice.Get())!.LastSequence);
            Assert.DoesNotContain(1L, (await alice.GetPushesAfter(0)).Select(p => p.Sequence));
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_agent_acknowledges_an_escalation_once()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
        await alice.Escalate(Notice());

        var first = await alice.AcknowledgeEscalation(1, People.Alice);
        var second = await alice.AcknowledgeEscalation(1, People.Alice);

        Assert.Empty(first.Value!.OpenEscalations);
        Assert.Equal(2L, first.Value.LastSequence);
        Assert.Equal(
            new ConsolePush(2, ConsolePushKind.EscalationAcknowledged, Start, "C-1", "billing", "respond", EscalationLevel.Warning, Text: "Escalation 1 acknowledged by alice."),
            Assert.Single(await alice.GetPushesAfter(1)));
        Assert.Equal(GrainErrorKind.Conflict, second.Error!.Kind);
        Assert.Equal(2L, (await alice.Get())!.LastSequence);
    }

    [Fact]
    public async Task An_admin_may_acknowledge_for_the_agent()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
        await alice.Escalate(Notice());

        var result = await alice.AcknowledgeEscalation(1, People.Admin);

        Assert.Empty(result.Value!.OpenEscalations);
    }

    [Fact]
    public async Task Only_the_agent_or_an_admin_may_acknowledge_and_a_refusal_changes_nothing()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
        await alice.Escalate(Notice());

        var byBob = await alice.AcknowledgeEscalation(1, People.Bob);
        var byLead = await alice.AcknowledgeEscalation(1, People.Lena);

        Assert.Equal((GrainErrorKind.Forbidden, GrainErrorKind.Forbidden), (byBob.Error!.Kind, byLead.Error!.Kind));
        var view = await alice.Get();
        Assert.Equal((1, 1L), (view!.OpenEscalations.Count, view.LastSequence));
    }

    [Fact]
    public async Task Acknowledging_an_unknown_sequence_or_a_push_that_is_no_escalation_is_not_found()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
        await alice.Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, Start, "C-1"));
        await alice.Escalate(Notice());

        var unknown = await alice.AcknowledgeEscalation(9, People.Alice);
        var changed = await alice.AcknowledgeEscalation(1, People.Alice);

        Assert.Equal((GrainErrorKind.NotFound, GrainErrorKind.NotFound), (unknown.Error!.Kind, changed.Error!.Kind));
        var view = await alice.Get();
        Assert.Equal([2L], view!.OpenEscalations.Select(p => p.Sequence));
        Assert.Equal(2L, view.LastSequence);
    }
}
