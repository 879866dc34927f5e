using Asivado.Domain.Escalation;
using Asivado.Grains.Tests.Support;
using static Asivado.Grains.Tests.Cases.CaseTestKit;

namespace Asivado.Grains.Tests.Cases;

/// <summary>Escalation steps that fell due while no host ran are sent once when the next host starts.</summary>
public sealed class CaseRestartTests
{
    private const string CaseId = "C-260105-TEST000001";

    [Fact]
    public async Task Steps_due_during_a_restart_fire_once_when_the_host_is_back()
    {
        var first = await GrainsTestHost.StartAsync();
        await first.OpenAsync(Email());
        await first.AdvanceToAsync(Jan(5, 9, 30));
        await first.DisposeAsync();

        // Down from 09:30 to 10:50: the reply-written steps at 10:00 (50%), 10:30 (75%) and 10:48 (90%) were missed.
        first.Time.Advance(TimeSpan.FromMinutes(80));
        await using var second = await TestGrainHost.StartAsync(first.Options, TestOrganisation.Create());
        await second.WhenIdleAsync();
        await second.AdvanceAsync(TimeSpan.FromMinutes(5));

        var sent = await second.EscalationsAsync("lena", CaseId, "reply-written");
        Assert.Equal([50, 75, 90], sent.Select(p => p.PercentOfBudget!.Value));
        Assert.All(sent, p => Assert.Equal(Jan(5, 10, 50), p.At));
        var history = await second.HistoryAsync(CaseId);
        Assert.Equal(3, history.Count(h => h.Action == "escalation"));
        Assert.Equal(Jan(5, 11), (await second.RemindersAsync(CaseId))["sla:reply-written"]);

        await second.AdvanceToAsync(Jan(5, 11));
        Assert.Equal(
            [EscalationLevel.Warning, EscalationLevel.Warning, EscalationLevel.Warning, EscalationLevel.Breach],
            (await second.EscalationsAsync("lena", CaseId, "reply-written")).Select(p => p.Level!.Value));
    }
}
