using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Telephony;
using static Asivado.Grains.Tests.Telephony.CallTestHost;

namespace Asivado.Grains.Tests.Telephony;

/// <summary>
/// A person takes a ringing call from the console (<see cref="ICallGrain.Take"/>): the call is theirs, its call-waiting
/// alerts close for everyone; only a case worker of the ringing department may, and a refusal changes nothing.
/// </summary>
public sealed class CallTakeTests
{
    private static readonly Actor Alice = new("alice", ActorRole.Agent, "billing");
    private static readonly Actor Bob = new("bob", ActorRole.Agent, "billing");

    [Fact]
    public async Task An_agent_of_the_department_takes_a_ringing_call_and_it_is_answered_by_them()
    {
        await using var t = await StartAsync();
        await t.OfferAsync("c1");
        await t.AdvanceAsync(NodaTime.Duration.FromSeconds(10));

        var taken = await t.ExpectAsync(t.Call("c1").Take(Alice));

        Assert.Equal((CallStatus.Connected, "alice", t.Now), (taken.Status, taken.AgentId, taken.AnsweredAt!.Value));
        Assert.Equal(DeadlineState.Met, Assert.Single(taken.Targets).State);
        Assert.Contains((await t.Agent("alice").Get())!.Assignments, a => a.WorkId == "call:c1");
        Assert.Equal((1, 0), await t.ComplianceAsync("billing", CallTargets.AnswerCall));

        // The same person again: the call as it is, nothing recorded twice.
        Assert.Equal(Json(taken), Json(await t.ExpectAsync(t.Call("c1").Take(Alice))));
        Assert.Equal((1, 0), await t.ComplianceAsync("billing", CallTargets.AnswerCall));
    }

    [Fact]
    public async Task Taking_a_call_closes_its_call_waiting_alert_for_everyone_who_got_it()
    {
        await using var t = await StartAsync();
        await t.SetPresenceAsync(AgentPresence.Available, "alice", "bob");
        await t.OfferAsync("c1");
        await t.AdvanceAsync(ThreeRings);
        foreach (var person in new[] { "alice", "bob", "lena" })
        {
            Assert.Single((await t.Agent(person).Get())!.OpenEscalations, p => p.CallId == "c1");
        }

        await t.ExpectAsync(t.Call("c1").Take(Bob));

        foreach (var person in new[] { "alice", "bob", "lena" })
        {
            Assert.Empty((await t.Agent(person).Get())!.OpenEscalations);
            var closed = Assert.Single(await t.PushesAsync(person, ConsolePushKind.CallAlertClosed));
            Assert.Equal(("c1", "billing", "Answered by Bob Brown"), (closed.CallId, closed.DepartmentId, closed.Text));
        }

        // Told again (a retry), an agent with nothing open pushes nothing.
        Assert.True((await t.Agent("alice").CloseCallAlerts("c1", "Answered by Bob Brown")).Succeeded);
        Assert.Single(await t.PushesAsync("alice", ConsolePushKind.CallAlertClosed));
    }

    [Fact]
    public async Task The_ctis_answer_and_the_callers_hang_up_close_the_alerts_too()
    {
        await using var t = await StartAsync();
        await t.SetPresenceAsync(AgentPresence.Available, "alice");
        await t.OfferAsync("c1");
        await t.OfferAsync("c2");
        await t.AdvanceAsync(ThreeRings);
        Assert.Equal(2, (await t.Agent("lena").Get())!.OpenEscalations.Count);

        await t.AnswerAsync("c1", "bob");
        await t.ExpectAsync(t.Call("c2").End(Cti));

        Assert.Empty((await t.Agent("lena").Get())!.OpenEscalations);
        Assert.Equal(
            [("c1", "Answered by Bob Brown"), ("c2", "The caller hung up")],
            (await t.PushesAsync("alice", ConsolePushKind.CallAlertClosed)).Select(p => (p.CallId, p.Text)));
    }

    [Theory]
    [InlineData("carl", ActorRole.Agent, "support", "'carl' is not a person of department billing.")]
    [InlineData("sam", ActorRole.Lead, "support", "'sam' is not a person of department billing.")]
    [InlineData("maria", ActorRole.Manager, "billing", "'maria' is a manager: managers and admins supervise and own no case.")]
    [InlineData("cti", ActorRole.Integration, null, "'cti' is not a person of department billing.")]
    [InlineData("admin", ActorRole.Admin, null, "'admin' is not a person of department billing.")]
    public async Task Nobody_but_a_case_worker_of_the_ringing_department_may_take_it_and_a_refusal_changes_nothing(
        string personId, ActorRole role, string? departmentId, string reason)
    {
        await using var t = await StartAsync();
        await t.OfferAsync("c1");
        var before = Json(await t.Call("c1").Get());

        var result = await t.Call("c1").Take(new Actor(personId, role, departmentId));

        Assert.Equal((GrainErrorKind.Forbidden, $"You may not take call 'c1': {reason}"), (result.Error!.Kind, result.Error.Message));
        Assert.Equal(before, Json(await t.Call("c1").Get()));
    }

    [Fact]
    public async Task A_call_already_taken_or_ended_cannot_be_taken_and_one_never_offered_is_unknown()
    {
        await using var t = await StartAsync();
        await t.OfferAsync("c1");
        await t.ExpectAsync(t.Call("c1").Take(Alice));
        var taken = Json(await t.Call("c1").Get());

        var second = await t.Call("c1").Take(Bob);

        Assert.Equal((GrainErrorKind.Conflict, "Only a ringing call can be taken; call 'c1' is Connected, with 'alice'."), (second.Error!.Kind, second.Error.Message));
        Assert.Equal(taken, Json(await t.Call("c1").Get()));
        Assert.DoesNotContain((await t.Agent("bob").Get())!.Assignments, a => a.WorkId == "call:c1");

        await t.OfferAsync("c2");
        await t.ExpectAsync(t.Call("c2").End(Cti));
        var ended = await t.Call("c2").Take(Alice);
        Assert.Equal((GrainErrorKind.Conflict, "Only a ringing call can be taken; call 'c2' has ended."), (ended.Error!.Kind, ended.Error.Message));

        var unknown = await t.Call("c3").Take(Alice);
        Assert.Equal(GrainErrorKind.NotFound, unknown.Error!.Kind);
        Assert.Null(await t.Call("c3").Get());
    }
}
