using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Tests.Support;
using static Asivado.Grains.Tests.Cases.CaseTestKit;

namespace Asivado.Grains.Tests.Cases;

/// <summary>Idempotent intake: one case per (actor, idempotency key) and intake, under the id derived from them.</summary>
public sealed class CaseTakeInTests
{
    private static readonly string Key = CaseIds.ForIdempotencyKey(MailGateway.Id, "msg-0001");

    [Fact]
    public async Task The_first_submission_opens_the_case_under_the_id_of_its_key()
    {
        await using var host = await GrainsTestHost.StartAsync();

        var result = await host.Case(Key).TakeIn(Email(), MailGateway);

        Assert.True(result.Succeeded, result.Error?.Message);
        var receipt = result.Value!;
        Assert.True(receipt.Created);
        Assert.Equal(Key, receipt.CaseId);
        Assert.Equal(receipt.CaseId, receipt.Case!.Id);
        Assert.Equal("Invoice charged twice", (await host.Case(receipt.CaseId).Get())?.Subject);
    }

    [Fact]
    public async Task A_receipt_without_the_case_still_opens_it()
    {
        await using var host = await GrainsTestHost.StartAsync();

        var result = await host.Case(Key).TakeIn(Email(), MailGateway, withCase: false);

        Assert.Equal((Key, true, (CaseView?)null), (result.Value!.CaseId, result.Value.Created, result.Value.Case));
        Assert.Equal("Invoice charged twice", (await host.Case(Key).Get())?.Subject);
    }

    [Fact]
    public async Task A_retry_with_the_same_intake_returns_the_same_case_without_opening_another()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var intake = host.GrainFactory.GetGrain<ICaseGrain>(Key);
        var first = (await intake.TakeIn(Email(), MailGateway)).Value!;
        await host.AdvanceAsync(TimeSpan.FromMinutes(2));

        var retry = await intake.TakeIn(Email(), MailGateway);

        Assert.True(retry.Succeeded);
        Assert.Equal((first.CaseId, false), (retry.Value!.CaseId, retry.Value.Created));
        Assert.Single(await host.HistoryAsync(first.CaseId));
        Assert.Single((await host.Department("billing").GetQueue())!.Entries);
    }

    [Fact]
    public async Task A_different_intake_under_the_same_key_is_a_conflict()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var intake = host.GrainFactory.GetGrain<ICaseGrain>(Key);
        var first = (await intake.TakeIn(Email(), MailGateway)).Value!;

        var reused = await intake.TakeIn(Email() with { Subject = "Another matter" }, MailGateway);

        Assert.Equal(GrainErrorKind.Conflict, reused.Error?.Kind);
        Assert.Equal("The idempotency key was reused with a different request.", reused.Error?.Message);
        Assert.Equal("Invoice charged twice", (await host.Case(first.CaseId).Get())?.Subject);
        Assert.Single((await host.Department("billing").GetQueue())!.Entries);
    }

    [Fact]
    public async Task A_validation_error_is_passed_through_and_the_key_can_be_used_for_the_corrected_request()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var intake = host.GrainFactory.GetGrain<ICaseGrain>(Key);

        var refused = await intake.TakeIn(Email() with { Subject = "" }, MailGateway);
        var corrected = await intake.TakeIn(Email(), MailGateway);

        Assert.Equal((GrainErrorKind.InvalidArgument, "subject"), (refused.Error?.Kind, refused.Error?.Field));
        Assert.True(corrected.Succeeded, corrected.Error?.Message);
        Assert.True(corrected.Value!.Created);
        Assert.Single((await host.Department("billing").GetQueue())!.Entries);
    }

    [Fact]
    public async Task Different_keys_open_different_cases()
    {
        await using var host = await GrainsTestHost.StartAsync();

        var first = await host.GrainFactory.GetGrain<ICaseGrain>(Key).TakeIn(Email(), MailGateway);
        var second = await host.Case(CaseIds.ForIdempotencyKey(MailGateway.Id, "msg-0002")).TakeIn(Email(), MailGateway);

        Assert.NotEqual(first.Value!.CaseId, second.Value!.CaseId);
        Assert.Equal(2, (await host.Department("billing").GetQueue())!.Entries.Count);
    }
}
