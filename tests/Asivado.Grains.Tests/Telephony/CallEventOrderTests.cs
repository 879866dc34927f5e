using Asivado.Grains.Common;
using Asivado.Grains.Telephony;
using NodaTime;
using Xunit;
using static Asivado.Grains.Tests.Telephony.CallTestHost;

namespace Asivado.Grains.Tests.Telephony;

public sealed class CallEventOrderTests
{
    private static readonly CallTransfer ToSupport = new("support", null, "020 7946 0000");

    [Fact]
    public async Task Nothing_but_an_offer_applies_to_a_call_not_offered()
    {
        await using var t = await StartAsync();
        var call = t.Call("c1");

        AssertConflict(await call.Answer("alice", Cti));
        AssertConflict(await call.StartHold(Cti));
        AssertConflict(await call.EndHold(Cti));
        AssertConflict(await call.Transfer(ToSupport, Cti));
        AssertConflict(await call.End(Cti));

        Assert.Null(await call.Get());
    }

    [Fact]
    public async Task A_ringing_call_cannot_be_held_transferred_or_offered_elsewhere()
    {
        await using var t = await StartAsync();
        var offered = await t.OfferAsync("c1");
        var call = t.Call("c1");

        AssertConflict(await call.StartHold(Cti));
        AssertConflict(await call.EndHold(Cti));
        AssertConflict(await call.Transfer(ToSupport, Cti));
        AssertConflict(await call.Offer(new CallOffer("support", null), Cti));

        Assert.Equal(Json(offered), Json(await call.Get()));
    }

    [Fact]
    public async Task A_connected_call_cannot_be_answered_by_another_or_taken_off_a_hold_it_is_not_on()
    {
        await using var t = await StartAsync();
        await t.OfferAsync("c1");
        var answered = await t.AnswerAsync("c1", "alice");
        var call = t.Call("c1");

        AssertConflict(await call.Answer("bob", Cti));
        AssertConflict(await call.EndHold(Cti));
        AssertConflict(await call.Transfer(new CallTransfer(null, "alice", "020 7946 0000"), Cti));

        Assert.Equal(Json(answered), Json(await call.Get()));
    }

    [Fact]
    public async Task An_ended_call_takes_no_more_events()
    {
        await using var t = await StartAsync();
        await t.OfferAsync("c1");
        await t.AnswerAsync("c1", "alice");
        var ended = await t.ExpectAsync(t.Call("c1").End(Cti));
        var call = t.Call("c1");

        AssertConflict(await call.Answer("bob", Cti));
        AssertConflict(await call.StartHold(Cti));
        AssertConflict(await call.EndHold(Cti));
        AssertConflict(await call.Transfer(ToSupport, Cti));
        AssertConflict(await call.Offer(new CallOffer("billing", null), Cti));

        Assert.Equal(Json(ended), Json(await call.Get()));
    }

    [Fact]
    public async Task Repeating_each_event_is_ok_and_changes_nothing()
    {
        await using var t = await StartAsync();
        var call = t.Call("c1");

        var offered = await t.OfferAsync("c1");
        await t.AdvanceAsync(Duration.FromSeconds(1));
        Assert.Equal(Json(offered), Json(await t.ExpectAsync(call.Offer(new CallOffer("billing", null), Cti))));

        var answered = await t.AnswerAsync("c1", "alice");
        await t.AdvanceAsync(Duration.FromSeconds(1));
        Assert.Equal(Json(answered), Json(await t.ExpectAsync(call.Answer("alice", Cti))));

        var held = await t.ExpectAsync(call.StartHold(Cti));
        await t.AdvanceAsync(Duration.FromSeconds(1));
        Assert.Equal(Json(held), Json(await t.ExpectAsync(call.StartHold(Cti))));

        var resumed = await t.ExpectAsync(call.EndHold(Cti));
        await t.AdvanceAsync(Duration.FromSeconds(1));
        Assert.Equal(Json(resumed), Json(await t.ExpectAsync(call.EndHold(Cti))));

        var transferred = await t.ExpectAsync(call.Transfer(new CallTransfer(null, "bob", "020 7946 0000"), Cti));
        await t.AdvanceAsync(Duration.FromSeconds(1));
        Assert.Equal(Json(transferred), Json(await t.ExpectAsync(call.Transfer(new CallTransfer(null, "bob", "020 7946 0000"), Cti))));

        var ended = await t.ExpectAsync(call.End(Cti));
        await t.AdvanceAsync(Duration.FromSeconds(1));
        Assert.Equal(Json(ended), Json(await t.ExpectAsync(call.End(Cti))));

        Assert.Equal(1, ended.HoldCount);
        Assert.Single(ended.Transfers);
        Assert.Equal(0, (await t.Agent("bob").Get())!.Load);
    }

    private static void AssertConflict(GrainResult<CallView> result) =>
        Assert.Equal(GrainErrorKind.Conflict, Assert.IsType<GrainError>(result.Error).Kind);
}
