using Asivado.Domain.Escalation;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Telephony;
using NodaTime;
using Xunit;
using static Asivado.Grains.Tests.Telephony.CallTestHost;

namespace Asivado.Grains.Tests.Telephony;

public sealed class CallHoldTests
{
    [Fact]
    public async Task A_hold_under_a_minute_is_met_and_alerts_nobody()
    {
        await using var t = await StartAsync();
        await t.OfferAsync("c1");
        await t.AnswerAsync("c1", "alice");
        var held = await t.ExpectAsync(t.Call("c1").StartHold(Cti));

        await t.AdvanceAsync(OneMinute - OneTick);
        var resumed = await t.ExpectAsync(t.Call("c1").EndHold(Cti));
        await t.AdvanceAsync(OneMinute);

        Assert.Equal(CallStatus.OnHold, held.Status);
        Assert.Equal(1, held.HoldCount);
        var heldAt = held.Targets[1].StartedAt;
        Assert.Equal(CallStatus.Connected, resumed.Status);
        Assert.Equal(new CallTargetView(CallTargets.Hold, heldAt, heldAt + OneMinute, DeadlineState.Met, heldAt + OneMinute - OneTick), resumed.Targets[1]);
        Assert.Empty(await t.PushesAsync("alice", ConsolePushKind.OverHold));
        Assert.Empty(await t.PushesAsync("lena", ConsolePushKind.OverHold));
        Assert.Equal((1, 0), await t.ComplianceAsync("billing", CallTargets.Hold));
    }

    [Fact]
    public async Task A_hold_of_a_minute_alerts_the_answering_agent_and_the_lead_at_the_minute()
    {
        await using var t = await StartAsync();
        await t.SetPresenceAsync(AgentPresence.Available, "alice", "bob");
        await t.OfferAsync("c1");
        await t.AnswerAsync("c1", "alice");
        var held = await t.ExpectAsync(t.Call("c1").StartHold(Cti));
        var due = held.Targets[1].StartedAt + OneMinute;

        await t.AdvanceAsync(OneMinute - OneTick);
        Assert.Empty(await t.PushesAsync("alice", ConsolePushKind.OverHold));
        Assert.Empty(await t.PushesAsync("lena", ConsolePushKind.OverHold));

        await t.AdvanceAsync(OneTick);
        foreach (var person in new[] { "alice", "lena" })
        {
            var alert = Assert.Single(await t.PushesAsync(person, ConsolePushKind.OverHold));
            Assert.Equal("c1", alert.CallId);
            Assert.Equal(CallTargets.Hold, alert.TargetId);
            Assert.Equal(EscalationLevel.Breach, alert.Level);
            Assert.Equal(due, alert.DueAt);
            Assert.Equal(due, alert.At);
        }

        Assert.Empty(await t.PushesAsync("bob", ConsolePushKind.OverHold));
        var breached = (await t.Call("c1").Get())!;
        Assert.Equal(new CallTargetView(CallTargets.Hold, due - OneMinute, due, DeadlineState.Breached, null), breached.Targets[1]);
        Assert.Equal((0, 1), await t.ComplianceAsync("billing", CallTargets.Hold));

        await t.AdvanceAsync(Duration.FromSeconds(30));
        var resumed = await t.ExpectAsync(t.Call("c1").EndHold(Cti));

        Assert.Equal(CallStatus.Connected, resumed.Status);
        Assert.Equal(new CallTargetView(CallTargets.Hold, due - OneMinute, due, DeadlineState.Breached, due + Duration.FromSeconds(30)), resumed.Targets[1]);
        Assert.Equal((0, 1), await t.ComplianceAsync("billing", CallTargets.Hold));
    }

    [Fact]
    public async Task Each_hold_gets_its_own_minute()
    {
        await using var t = await StartAsync();
        await t.OfferAsync("c1");
        await t.AnswerAsync("c1", "alice");
        await t.ExpectAsync(t.Call("c1").StartHold(Cti));
        await t.AdvanceAsync(Duration.FromSeconds(40));
        await t.ExpectAsync(t.Call("c1").EndHold(Cti));
        await t.AdvanceAsync(Duration.FromSeconds(10));
        await t.ExpectAsync(t.Call("c1").StartHold(Cti));

        await t.AdvanceAsync(Duration.FromSeconds(40));

        var view = (await t.Call("c1").Get())!;
        Assert.Equal(2, view.HoldCount);
        Assert.Equal([DeadlineState.Met, DeadlineState.Met, DeadlineState.Pending], view.Targets.Select(x => x.State));
        Assert.Empty(await t.PushesAsync("alice", ConsolePushKind.OverHold));

        await t.AdvanceAsync(Duration.FromSeconds(20));

        Assert.Equal(DeadlineState.Breached, (await t.Call("c1").Get())!.Targets[2].State);
        Assert.Single(await t.PushesAsync("alice", ConsolePushKind.OverHold));
    }

    [Fact]
    public async Task A_call_ended_on_hold_within_the_minute_meets_the_hold_and_frees_the_agent()
    {
        await using var t = await StartAsync();
        await t.OfferAsync("c1");
        await t.AnswerAsync("c1", "alice");
        await t.ExpectAsync(t.Call("c1").StartHold(Cti));
        await t.AdvanceAsync(Duration.FromSeconds(20));

        var ended = await t.ExpectAsync(t.Call("c1").End(Cti));
        await t.AdvanceAsync(OneMinute);

        Assert.Equal(CallStatus.Ended, ended.Status);
        Assert.Equal(DeadlineState.Met, ended.Targets[1].State);
        Assert.Equal(ended.EndedAt, ended.Targets[1].SettledAt);
        Assert.Empty(await t.PushesAsync("alice", ConsolePushKind.OverHold));
        Assert.Equal(0, (await t.Agent("alice").Get())!.Load);
    }
}
