using System.Text.Json;
using Asivado.Domain.Cases;
using Asivado.Domain.Serialization;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Tests.Support;
using static Asivado.Grains.Tests.Cases.CaseTestKit;

namespace Asivado.Grains.Tests.Cases;

/// <summary>
/// A replayed intake answers what the first submission answered (the case as it was taken in), and never more than
/// the submitter may read now: only the id to someone who may not read the case now.
/// </summary>
public sealed class CaseReplayTests
{
    private static readonly Actor Bob = new("bob", ActorRole.Agent, "billing");

    [Fact]
    public async Task A_replay_after_staff_worked_the_case_answers_the_case_as_it_was_taken_in()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var key = CaseIds.ForIdempotencyKey(Lena.Id, "k-1");
        var first = (await host.Case(key).TakeIn(Email(), Lena)).Value!;
        await host.ExecuteAsync(key, new AssignCase(default, "alice"), Lena);
        await host.ExecuteAsync(key, new ResolveCase(default, "Refunded the second charge; internal note: card issuer error"), Lena);

        var replay = (await host.Case(key).TakeIn(Email(), Lena)).Value!;

        Assert.False(replay.Created);
        Assert.True(replay.CustomerVisible);
        Assert.Equal(Json(first.Case), Json(replay.Case));
        Assert.Equal((CaseStatus.Received, (string?)null, (CaseOutcome?)null, 1L), (replay.Case!.Status, replay.Case.AssigneeId, replay.Case.Outcome, replay.Case.Version));
    }

    [Fact]
    public async Task An_integrations_replay_answers_only_the_id()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var key = CaseIds.ForIdempotencyKey(MailGateway.Id, "k-2");
        await host.Case(key).TakeIn(Email(), MailGateway);
        await host.ExecuteAsync(key, new AssignCase(default, "alice"), Lena);

        var replay = (await host.Case(key).TakeIn(Email(), MailGateway)).Value!;

        Assert.Equal((key, false, (CaseView?)null, false), (replay.CaseId, replay.Created, replay.Case, replay.CustomerVisible));
    }

    [Fact]
    public async Task The_agent_who_took_a_case_in_gets_only_its_id_once_a_colleague_carries_it()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var key = CaseIds.ForIdempotencyKey(Alice.Id, "k-3");
        var first = (await host.Case(key).TakeIn(Email(), Alice)).Value!;
        var queued = (await host.Case(key).TakeIn(Email(), Alice)).Value!;
        await host.ExecuteAsync(key, new AssignCase(default, "bob"), Bob);

        var replay = (await host.Case(key).TakeIn(Email(), Alice)).Value!;

        Assert.Equal((Json(first.Case), false), (Json(queued.Case), queued.CustomerVisible));
        Assert.Null(replay.Case);
        Assert.Equal(key, replay.CaseId);
    }

    private static string Json(CaseView? view) => JsonSerializer.Serialize(view, DomainJson.Options);
}
