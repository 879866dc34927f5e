using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Domain.Escalation;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Tests.Support;
using NodaTime;
using static Asivado.Grains.Tests.Cases.CaseTestKit;

namespace Asivado.Grains.Tests.Cases;

/// <summary>
/// The default ladder on the substantive response (7 business days of 8 hours from Monday 5 January 09:00, due
/// Tuesday 13 January 17:00): each step fires at its exact instant, once, to the right people.
/// </summary>
public sealed class CaseEscalationTests
{
    private const string CaseId = "C-260105-TEST000001";
    private static readonly Instant RespondDue = Jan(13, 17);

    [Fact]
    public async Task Every_step_of_the_respond_target_fires_at_its_instant_to_its_recipients()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await OpenWithOnlyRespondRunningAsync(host);

        // (alice, lena, maria) open escalations on "respond" a second before each step, then at it.
        await StepAsync(host, Jan(8, 13), before: (0, 0, 0), after: (1, 0, 0));
        await StepAsync(host, Jan(12, 11), before: (1, 0, 0), after: (2, 0, 0));
        await StepAsync(host, Jan(13, 11, 24), before: (2, 0, 0), after: (3, 0, 0));
        await StepAsync(host, RespondDue, before: (3, 0, 0), after: (4, 1, 0));
        await StepAsync(host, Jan(14, 17), before: (4, 1, 0), after: (4, 1, 1));

        var alice = await host.EscalationsAsync("alice", CaseId, "respond");
        Assert.Equal(
            [(EscalationLevel.Warning, 50, Jan(8, 13)), (EscalationLevel.Warning, 75, Jan(12, 11)), (EscalationLevel.Warning, 90, Jan(13, 11, 24)), (EscalationLevel.Breach, 100, RespondDue)],
            alice.Select(p => (p.Level!.Value, p.PercentOfBudget!.Value, p.At)));
        Assert.All(alice, p => Assert.Equal((ConsolePushKind.Escalation, RespondDue, "billing"), (p.Kind, p.DueAt!.Value, p.DepartmentId!)));
        var lena = Assert.Single(await host.EscalationsAsync("lena", CaseId, "respond"));
        Assert.Equal((EscalationLevel.Breach, RespondDue), (lena.Level, lena.DueAt));
        var maria = Assert.Single(await host.EscalationsAsync("maria", CaseId, "respond"));
        Assert.Equal((EscalationLevel.AfterBreach, (int?)null, RespondDue, Jan(14, 17)), (maria.Level, maria.PercentOfBudget, maria.DueAt, maria.At));

        var escalations = (await host.HistoryAsync(CaseId)).Where(h => h.Action == "escalation").ToList();
        Assert.Equal([Jan(8, 13), Jan(12, 11), Jan(13, 11, 24), RespondDue, Jan(14, 17)], escalations.Select(h => h.At));
        Assert.Equal(["warning-50", "warning-75", "warning-90", "breach", "breach-plus-1-business-day"], escalations.Select(h => h.Details["rule"]));
        Assert.Equal("90", escalations[2].Details["percent"]);
        Assert.All(escalations, h => Assert.Equal(("system", "respond"), (h.ActorId, h.Details["targetId"])));

        var respond = (await host.Case(CaseId).Get())!.Deadline("respond");
        Assert.Equal(DeadlineState.Breached, respond.State);
        Assert.Null(respond.SettledAt);
        Assert.Equal([EscalationLevel.Warning, EscalationLevel.Warning, EscalationLevel.Warning, EscalationLevel.Breach, EscalationLevel.AfterBreach], respond.EscalationsFired);
        Assert.Empty(await host.RemindersAsync(CaseId));

        var compliance = (await host.Department("billing").GetCompliance(new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 14))).Value!;
        Assert.Equal((0, 1), compliance.Targets.Where(t => t.TargetId == "respond").Select(t => (t.Met, t.Breached)).Single());
    }

    [Fact]
    public async Task Responding_after_the_breach_settles_late_without_reporting_twice()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await OpenWithOnlyRespondRunningAsync(host);
        await host.AdvanceToAsync(Jan(13, 17, 30));

        var view = await host.ExecuteAsync(CaseId, new RespondToCase(default, "Refund approved."));

        Assert.Equal((DeadlineState.Breached, Jan(13, 17, 30)), (view.Deadline("respond").State, view.Deadline("respond").SettledAt));
        Assert.Equal("respond", (await host.HistoryAsync(CaseId))[^1].Details["breached"]);
        Assert.Empty(await host.RemindersAsync(CaseId));
        var compliance = (await host.Department("billing").GetCompliance(new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 14))).Value!;
        Assert.Equal((0, 1), compliance.Targets.Where(t => t.TargetId == "respond").Select(t => (t.Met, t.Breached)).Single());
    }

    [Fact]
    public async Task Without_an_assignee_the_leads_get_the_assignees_steps_and_steps_due_together_are_each_sent_once_in_order()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());

        // reply-written: 2 business hours from 09:00. One jump to 11:00 makes 50%, 75%, 90% and the breach due at once;
        // the breach goes to the assignee and the lead, both Lena here, so she gets it once.
        await host.AdvanceToAsync(Jan(5, 11));

        var lena = await host.EscalationsAsync("lena", CaseId, "reply-written");
        Assert.Equal(
            [(EscalationLevel.Warning, 50), (EscalationLevel.Warning, 75), (EscalationLevel.Warning, 90), (EscalationLevel.Breach, 100)],
            lena.Select(p => (p.Level!.Value, p.PercentOfBudget!.Value)));
        Assert.All(lena, p => Assert.Equal((Jan(5, 11), Jan(5, 11)), (p.At, p.DueAt!.Value)));
        var steps = (await host.HistoryAsync(CaseId)).Where(h => h.Action == "escalation" && h.Details["targetId"] == "reply-written");
        Assert.Equal(["2026-01-05T10:00:00Z", "2026-01-05T10:30:00Z", "2026-01-05T10:48:00Z", "2026-01-05T11:00:00Z"], steps.Select(h => h.Details["stepDueAt"]));
        Assert.Equal(DeadlineState.Breached, (await host.Case(CaseId).Get())!.Deadline("reply-written").State);
        Assert.Equal(Jan(6, 11), (await host.RemindersAsync(CaseId))["sla:reply-written"]);
    }

    [Fact]
    public async Task A_target_settled_in_time_is_met_and_stops_escalating()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.AdvanceToAsync(Jan(5, 10, 59));
        await host.ExecuteAsync(CaseId, new AssignCase(default, "alice"), Lena);

        var view = await host.ExecuteAsync(CaseId, new AcknowledgeCase(default, ContactMethod.Email));
        await host.AdvanceToAsync(Jan(6, 12));

        Assert.Equal((DeadlineState.Met, Jan(5, 10, 59)), (view.Deadline("reply-written").State, view.Deadline("reply-written").SettledAt));
        Assert.Equal(3, (await host.EscalationsAsync("lena", CaseId, "reply-written")).Count);
        var compliance = (await host.Department("billing").GetCompliance(new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 5))).Value!;
        Assert.Equal((1, 0), compliance.Targets.Where(t => t.TargetId == "reply-written").Select(t => (t.Met, t.Breached)).Single());
    }

    /// <summary>Opens an e-mail at 08:00, assigns Alice and acknowledges it by e-mail: only "respond" is left running.</summary>
    internal static async Task OpenWithOnlyRespondRunningAsync(TestGrainHost host)
    {
        await host.OpenAsync(Email());
        await host.ExecuteAsync(CaseId, new AssignCase(default, "alice"), Lena);
        await host.ExecuteAsync(CaseId, new AcknowledgeCase(default, ContactMethod.Email));
        Assert.Equal(["sla:respond"], (await host.RemindersAsync(CaseId)).Keys);
    }

    private static async Task StepAsync(TestGrainHost host, Instant stepDueAt, (int, int, int) before, (int, int, int) after)
    {
        await host.AdvanceToAsync(stepDueAt - Duration.FromSeconds(1));
        Assert.Equal(before, await CountsAsync(host));
        await host.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(after, await CountsAsync(host));
        Assert.Equal(stepDueAt, (await host.HistoryAsync(CaseId))[^1].At);
    }

    private static async Task<(int Alice, int Lena, int Maria)> CountsAsync(TestGrainHost host) => (
        (await host.EscalationsAsync("alice", CaseId, "respond")).Count,
        (await host.EscalationsAsync("lena", CaseId, "respond")).Count,
        (await host.EscalationsAsync("maria", CaseId, "respond")).Count);
}
