using Asivado.Domain.Escalation;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation.Configuration;
using Asivado.Grains.Telephony;
using Xunit;
using static Asivado.Grains.Tests.Telephony.CallTestHost;

namespace Asivado.Grains.Tests.Telephony;

public sealed class CallRingingTests
{
    [Fact]
    public async Task An_unanswered_call_alerts_the_available_agents_and_the_lead_at_exactly_three_rings()
    {
        await using var t = await StartAsync();
        await t.SetPresenceAsync(AgentPresence.Available, "alice", "lena", "carl");
        await t.SetPresenceAsync(AgentPresence.Away, "bob");
        var offered = await t.OfferAsync("c1");
        var due = offered.OfferedAt + ThreeRings;
        Assert.Equal(due, Assert.Single(offered.Targets).DueAt);

        await t.AdvanceAsync(ThreeRings - OneTick);

        Assert.Empty(await t.PushesAsync("alice", ConsolePushKind.CallWaiting));
        Assert.Empty(await t.PushesAsync("lena", ConsolePushKind.CallWaiting));
        Assert.Equal(DeadlineState.Pending, Assert.Single((await t.Call("c1").Get())!.Targets).State);

        await t.AdvanceAsync(OneTick);

        foreach (var person in new[] { "alice", "lena" })
        {
            var alert = Assert.Single(await t.PushesAsync(person, ConsolePushKind.CallWaiting));
            Assert.Equal("c1", alert.CallId);
            Assert.Equal("billing", alert.DepartmentId);
            Assert.Equal(CallTargets.AnswerCall, alert.TargetId);
            Assert.Equal(EscalationLevel.Breach, alert.Level);
            Assert.Equal(due, alert.DueAt);
            Assert.Equal(due, alert.At);
        }

        Assert.Empty(await t.PushesAsync("bob", ConsolePushKind.CallWaiting));
        Assert.Empty(await t.PushesAsync("carl", ConsolePushKind.CallWaiting));
        Assert.Empty(await t.PushesAsync("sam", ConsolePushKind.CallWaiting));
        var view = (await t.Call("c1").Get())!;
        Assert.Equal(CallStatus.Ringing, view.Status);
        Assert.Equal(new CallTargetView(CallTargets.AnswerCall, offered.OfferedAt, due, DeadlineState.Breached, null), Assert.Single(view.Targets));
        Assert.Equal((0, 1), await t.ComplianceAsync("billing", CallTargets.AnswerCall));
    }

    [Fact]
    public async Task A_call_answered_within_three_rings_is_met_and_alerts_nobody()
    {
        await using var t = await StartAsync();
        await t.SetPresenceAsync(AgentPresence.Available, "alice", "bob");
        var offered = await t.OfferAsync("c1");

        await t.AdvanceAsync(ThreeRings - OneTick);
        var answered = await t.AnswerAsync("c1", "alice");
        await t.AdvanceAsync(OneMinute);

        Assert.Equal(CallStatus.Connected, answered.Status);
        Assert.Equal("alice", answered.AgentId);
        Assert.Equal(offered.OfferedAt + ThreeRings - OneTick, answered.AnsweredAt);
        Assert.Equal(
            new CallTargetView(CallTargets.AnswerCall, offered.OfferedAt, offered.OfferedAt + ThreeRings, DeadlineState.Met, answered.AnsweredAt),
            Assert.Single(answered.Targets));
        foreach (var person in new[] { "alice", "bob", "lena" })
        {
            Assert.Empty(await t.PushesAsync(person, ConsolePushKind.CallWaiting));
        }

        Assert.Equal((1, 0), await t.ComplianceAsync("billing", CallTargets.AnswerCall));
    }

    [Fact]
    public async Task A_late_answer_keeps_the_breach_and_settles_it()
    {
        await using var t = await StartAsync();
        var offered = await t.OfferAsync("c1");
        await t.AdvanceAsync(ThreeRings + OneTick);

        var answered = await t.AnswerAsync("c1", "bob");

        var target = Assert.Single(answered.Targets);
        Assert.Equal(DeadlineState.Breached, target.State);
        Assert.Equal(offered.OfferedAt + ThreeRings + OneTick, target.SettledAt);
        Assert.Equal((0, 1), await t.ComplianceAsync("billing", CallTargets.AnswerCall));
        Assert.Single(await t.PushesAsync("lena", ConsolePushKind.CallWaiting));
    }

    [Fact]
    public async Task A_department_override_of_the_ring_length_moves_the_alert()
    {
        var directory = OrganisationJson.Parse(TelephonyOrganisation.WithRingLength("PT5S"));
        await using var t = await StartAsync(directory);
        await t.SetPresenceAsync(AgentPresence.Available, "alice");
        var offered = await t.OfferAsync("c1");
        var due = offered.OfferedAt + NodaTime.Duration.FromSeconds(15);
        Assert.Equal(due, Assert.Single(offered.Targets).DueAt);

        await t.AdvanceAsync(NodaTime.Duration.FromSeconds(15) - OneTick);
        Assert.Empty(await t.PushesAsync("alice", ConsolePushKind.CallWaiting));
        Assert.Empty(await t.PushesAsync("lena", ConsolePushKind.CallWaiting));

        await t.AdvanceAsync(OneTick);
        Assert.Equal(due, Assert.Single(await t.PushesAsync("alice", ConsolePushKind.CallWaiting)).At);
        Assert.Equal(due, Assert.Single(await t.PushesAsync("lena", ConsolePushKind.CallWaiting)).At);
    }

    [Fact]
    public async Task A_caller_who_hangs_up_before_three_rings_is_neither_met_nor_breached()
    {
        await using var t = await StartAsync();
        await t.SetPresenceAsync(AgentPresence.Available, "alice");
        var offered = await t.OfferAsync("c1");
        await t.AdvanceAsync(NodaTime.Duration.FromSeconds(10));

        var ended = await t.ExpectAsync(t.Call("c1").End(Cti));
        await t.AdvanceAsync(OneMinute);

        Assert.Equal(CallStatus.Ended, ended.Status);
        Assert.Equal(offered.OfferedAt + NodaTime.Duration.FromSeconds(10), ended.EndedAt);
        Assert.Equal(DeadlineState.Waived, Assert.Single(ended.Targets).State);
        Assert.Equal(ended.EndedAt, ended.Targets[0].SettledAt);
        Assert.Equal((0, 0), await t.ComplianceAsync("billing", CallTargets.AnswerCall));
        Assert.Empty(await t.PushesAsync("alice", ConsolePushKind.CallWaiting));
        Assert.Empty(await t.PushesAsync("lena", ConsolePushKind.CallWaiting));
    }

    [Fact]
    public async Task An_offer_to_an_unknown_department_is_refused_and_records_nothing()
    {
        await using var t = await StartAsync();

        var result = await t.Call("c1").Offer(new CallOffer("marketing", null), Cti);

        Assert.Equal(GrainErrorKind.InvalidArgument, result.Error!.Kind);
        Assert.Equal("departmentId", result.Error.Field);
        Assert.Null(await t.Call("c1").Get());
    }

    [Fact]
    public async Task An_implausible_caller_number_is_refused()
    {
        await using var t = await StartAsync();

        var result = await t.Call("c1").Offer(new CallOffer("billing", "ring me"), Cti);

        Assert.Equal("callerNumber", result.Error!.Field);
        Assert.Null(await t.Call("c1").Get());
    }

    [Theory]
    [InlineData("carl")]
    [InlineData("nobody")]
    public async Task Only_a_member_of_the_department_can_answer(string agentId)
    {
        await using var t = await StartAsync();
        await t.OfferAsync("c1");

        var result = await t.Call("c1").Answer(agentId, Cti);

        Assert.Equal(GrainErrorKind.InvalidArgument, result.Error!.Kind);
        Assert.Equal("agentId", result.Error.Field);
        Assert.Equal(CallStatus.Ringing, (await t.Call("c1").Get())!.Status);
    }

    [Fact]
    public async Task A_ringing_call_still_alerts_on_time_after_a_restart()
    {
        await using var t = await StartAsync();
        var offered = await t.OfferAsync("c1");
        await t.AdvanceAsync(NodaTime.Duration.FromSeconds(5));

        await t.RestartAsync();
        Assert.Equal(Json(offered), Json(await t.Call("c1").Get()));
        await t.AdvanceAsync(ThreeRings - NodaTime.Duration.FromSeconds(5) - OneTick);
        Assert.Empty(await t.PushesAsync("lena", ConsolePushKind.CallWaiting));
        await t.AdvanceAsync(OneTick);

        Assert.Equal(offered.OfferedAt + ThreeRings, Assert.Single(await t.PushesAsync("lena", ConsolePushKind.CallWaiting)).At);
    }
}
