using Asivado.Domain.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Tests.Support;
using static Asivado.Grains.Tests.Cases.CaseTestKit;

namespace Asivado.Grains.Tests.Cases;

/// <summary>The history is read by the read rule in the grain's own turn: one call decides and answers.</summary>
public sealed class CaseHistoryAccessTests
{
    private const string CaseId = "C-260105-TEST000002";
    private static readonly Actor Bob = new("bob", ActorRole.Agent, "billing");
    private static readonly Actor Sam = new("sam", ActorRole.Lead, "support");

    public static TheoryData<string> Refused() => ["bob", "sam", "mail-gateway"];

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_reader_the_rule_refuses_gets_forbidden_and_no_entries(string actorId)
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email(), CaseId);
        await host.ExecuteAsync(CaseId, new AssignCase(default, "alice"), Lena);
        var reader = new[] { Bob, Sam, MailGateway }.Single(a => a.Id == actorId);

        var result = await host.Case(CaseId).ReadHistory(reader);

        Assert.Equal(GrainErrorKind.Forbidden, result.Error?.Kind);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task The_assignee_reads_every_entry_and_an_unknown_case_is_not_found()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email(), CaseId);
        await host.ExecuteAsync(CaseId, new AssignCase(default, "alice"), Lena);

        var result = await host.Case(CaseId).ReadHistory(Alice);
        var unknown = await host.Case("C-260105-TEST000099").ReadHistory(Alice);

        Assert.Equal((await host.HistoryAsync(CaseId)).Count, result.Value?.Count);
        Assert.Equal(GrainErrorKind.NotFound, unknown.Error?.Kind);
    }
}
