using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Telephony;
using NodaTime;
using Xunit;
using static Asivado.Grains.Tests.Telephony.CallTestHost;

namespace Asivado.Grains.Tests.Telephony;

public sealed class CallTransferTests
{
    private const string Callback = "+44 (0)20 7946-0000";

    public static TheoryData<CallTransfer, string> Refused() => new()
    {
        { new CallTransfer("support", null, null!), "callbackNumber" },
        { new CallTransfer("support", null, ""), "callbackNumber" },
        { new CallTransfer("support", null, "   "), "callbackNumber" },
        { new CallTransfer("support", null, "call me back"), "callbackNumber" },
        { new CallTransfer("support", null, "020 79"), "callbackNumber" },
        { new CallTransfer("support", null, "123456789012345678901"), "callbackNumber" },
        { new CallTransfer("support", null, "+44 20 7946 0000 ext. 12"), "callbackNumber" },
        { new CallTransfer(null, null, Callback), "toDepartmentId" },
        { new CallTransfer("support", "carl", Callback), "toDepartmentId" },
        { new CallTransfer("marketing", null, Callback), "toDepartmentId" },
        { new CallTransfer(null, "nobody", Callback), "toAgentId" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_transfer_without_a_plausible_callback_number_or_one_destination_changes_nothing(CallTransfer transfer, string field)
    {
        await using var t = await StartAsync();
        await t.OfferAsync("c1");
        var before = await t.AnswerAsync("c1", "alice");

        var result = await t.Call("c1").Transfer(transfer, Cti);
        await t.Host.WhenIdleAsync();

        Assert.Equal(GrainErrorKind.InvalidArgument, result.Error!.Kind);
        Assert.Equal(field, result.Error.Field);
        Assert.Equal(Json(before), Json(await t.Call("c1").Get()));
        Assert.Equal(["call:c1"], (await t.Agent("alice").Get())!.Assignments.Select(a => a.WorkId));
        Assert.Empty(await t.PushesAsync("carl", ConsolePushKind.CaseAssigned));
    }

    [Fact]
    public async Task A_transfer_to_a_department_rings_there_anew_and_frees_the_agent()
    {
        await using var t = await StartAsync();
        await t.SetPresenceAsync(AgentPresence.Available, "alice", "bob", "carl");
        var offered = await t.OfferAsync("c1");
        await t.AnswerAsync("c1", "alice");
        await t.AdvanceAsync(Duration.FromSeconds(30));
        var transferredAt = t.Now;

        var transferred = await t.ExpectAsync(t.Call("c1").Transfer(new CallTransfer("support", null, Callback), Cti));

        Assert.Equal(CallStatus.Ringing, transferred.Status);
        Assert.Equal("support", transferred.DepartmentId);
        Assert.Null(transferred.AgentId);
        Assert.Equal(offered.OfferedAt, transferred.OfferedAt);
        Assert.Equal(new CallTransferView(transferredAt, "billing", "support", null, Callback), Assert.Single(transferred.Transfers));
        Assert.Equal(
            [new CallTargetView(CallTargets.AnswerCall, offered.OfferedAt, offered.OfferedAt + ThreeRings, DeadlineState.Met, offered.OfferedAt),
             new CallTargetView(CallTargets.AnswerCall, transferredAt, transferredAt + ThreeRings, DeadlineState.Pending, null)],
            transferred.Targets);
        Assert.Equal(0, (await t.Agent("alice").Get())!.Load);

        await t.AdvanceAsync(ThreeRings - OneTick);
        Assert.Empty(await t.PushesAsync("carl", ConsolePushKind.CallWaiting));
        await t.AdvanceAsync(OneTick);

        Assert.Equal("support", Assert.Single(await t.PushesAsync("carl", ConsolePushKind.CallWaiting)).DepartmentId);
        Assert.Single(await t.PushesAsync("sam", ConsolePushKind.CallWaiting));
        foreach (var person in new[] { "alice", "bob", "lena" })
        {
            Assert.Empty(await t.PushesAsync(person, ConsolePushKind.CallWaiting));
        }

        Assert.Equal((0, 1), await t.ComplianceAsync("support", CallTargets.AnswerCall));
        Assert.Equal((1, 0), await t.ComplianceAsync("billing", CallTargets.AnswerCall));
        Assert.Equal("agentId", (await t.Call("c1").Answer("alice", Cti)).Error!.Field);
        var answered = await t.AnswerAsync("c1", "carl");
        Assert.Equal(CallStatus.Connected, answered.Status);
        Assert.Equal(3, (await t.Agent("carl").Get())!.Load);
    }

    [Fact]
    public async Task A_transfer_to_an_agent_connects_the_call_to_them()
    {
        await using var t = await StartAsync();
        await t.OfferAsync("c1");
        await t.AnswerAsync("c1", "alice");

        var transferred = await t.ExpectAsync(t.Call("c1").Transfer(new CallTransfer(null, "carl", Callback), Cti));

        Assert.Equal(CallStatus.Connected, transferred.Status);
        Assert.Equal("carl", transferred.AgentId);
        Assert.Equal("support", transferred.DepartmentId);
        Assert.Single(transferred.Targets);
        Assert.Equal(0, (await t.Agent("alice").Get())!.Load);
        Assert.Equal(3, (await t.Agent("carl").Get())!.Load);
    }

    [Fact]
    public async Task A_transfer_while_on_hold_settles_the_hold()
    {
        await using var t = await StartAsync();
        await t.OfferAsync("c1");
        await t.AnswerAsync("c1", "alice");
        await t.ExpectAsync(t.Call("c1").StartHold(Cti));
        await t.AdvanceAsync(Duration.FromSeconds(20));

        var transferred = await t.ExpectAsync(t.Call("c1").Transfer(new CallTransfer(null, "bob", Callback), Cti));
        await t.AdvanceAsync(OneMinute);

        Assert.Equal(CallStatus.Connected, transferred.Status);
        Assert.Equal(DeadlineState.Met, transferred.Targets[1].State);
        Assert.Empty(await t.PushesAsync("lena", ConsolePushKind.OverHold));
        Assert.Equal((1, 0), await t.ComplianceAsync("billing", CallTargets.Hold));
    }
}
