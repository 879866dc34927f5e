using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Domain.Deadlines;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Tests.Support;
using NodaTime;
using static Asivado.Grains.Tests.Cases.CaseTestKit;

namespace Asivado.Grains.Tests.Cases;

/// <summary>Pause, resume, extension and first-contact resolution move, stop or waive deadlines, and their reminders follow.</summary>
public sealed class CaseDeadlineChangeTests
{
    private const string CaseId = "C-260105-TEST000001";

    [Fact]
    public async Task A_pause_stops_escalations_and_the_resume_moves_them_by_the_time_paused()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await CaseEscalationTests.OpenWithOnlyRespondRunningAsync(host);
        await host.AdvanceToAsync(Jan(8, 9));

        // Three business days (24 of 56 hours) are used; the 50% step would be Thursday 13:00.
        var paused = await host.ExecuteAsync(CaseId, new PauseCase(default, "waiting for the customer's bank statement"));
        Assert.Equal((DeadlineState.Paused, (Instant?)null), (paused.Deadline("respond").State, paused.Deadline("respond").DueAt));
        Assert.Null(paused.NextDueAt);
        Assert.Empty(await host.RemindersAsync(CaseId));

        await host.AdvanceToAsync(Jan(12, 9));
        Assert.Empty(await host.EscalationsAsync("alice", CaseId, "respond"));

        // 32 hours remain from Monday 12 09:00: due Thursday 15 at 17:00; 28 hours used (50%) at Monday 13:00.
        var resumed = await host.ExecuteAsync(CaseId, new ResumeCase(default));
        Assert.Equal((DeadlineState.Pending, Jan(15, 17)), (resumed.Deadline("respond").State, resumed.Deadline("respond").DueAt));
        Assert.Equal(Jan(12, 13), (await host.RemindersAsync(CaseId))["sla:respond"]);
        Assert.Equal([new PausePeriod(Jan(8, 9), Jan(12, 9), "waiting for the customer's bank statement")], resumed.Deadline("respond").Explanation.Pauses);

        await host.AdvanceToAsync(Jan(12, 13));
        var warning = Assert.Single(await host.EscalationsAsync("alice", CaseId, "respond"));
        Assert.Equal((50, Jan(12, 13), Jan(15, 17)), (warning.PercentOfBudget, warning.At, warning.DueAt));
    }

    [Fact]
    public async Task The_assignees_case_takes_the_next_deadline_of_each_change_and_the_case_changed_push_names_it()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await CaseEscalationTests.OpenWithOnlyRespondRunningAsync(host);
        await host.AdvanceToAsync(Jan(8, 9));
        var before = (await host.Case(CaseId).Get())!.NextDueAt;
        Assert.Equal(before, await CarriedDueAsync(host));

        var paused = await host.ExecuteAsync(CaseId, new PauseCase(default, "waiting for the customer's bank statement"));
        await host.WhenIdleAsync();
        Assert.Null(paused.NextDueAt);
        Assert.Null(await CarriedDueAsync(host));
        Assert.Equal(("pause", (Instant?)null), await LastCaseChangedAsync(host));

        await host.AdvanceToAsync(Jan(12, 9));
        var resumed = await host.ExecuteAsync(CaseId, new ResumeCase(default));
        await host.WhenIdleAsync();
        Assert.NotEqual(before, resumed.NextDueAt);
        Assert.Equal(resumed.NextDueAt, await CarriedDueAsync(host));
        Assert.Equal(("resume", resumed.NextDueAt), await LastCaseChangedAsync(host));
    }

    private static async Task<Instant?> CarriedDueAsync(TestGrainHost host) =>
        Assert.Single((await host.Agent("alice").Get())!.Assignments, a => a.WorkId == CaseId).NextDueAt;

    private static async Task<(string?, Instant?)> LastCaseChangedAsync(TestGrainHost host)
    {
        var push = (await host.Agent("alice").GetPushesAfter(0)).Last(p => p.Kind == Asivado.Grains.Agents.ConsolePushKind.CaseChanged && p.CaseId == CaseId);
        return (push.Text, push.DueAt);
    }

    [Fact]
    public async Task An_extension_moves_the_respond_deadline_to_the_committed_date_and_its_steps_with_it()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await CaseEscalationTests.OpenWithOnlyRespondRunningAsync(host);
        await host.AdvanceToAsync(Jan(6, 10));
        var notice = new CustomerNotice(Jan(6, 9, 55), ContactMethod.Email, "alice");

        var view = await host.ExecuteAsync(CaseId, new ExtendCase(default, Jan(20, 17), "waiting on the card issuer", notice));

        var respond = view.Deadline("respond");
        Assert.Equal(Jan(20, 17), respond.DueAt);
        Assert.Equal(Duration.FromHours(96), respond.Explanation.Budget);

        // Half of the 96 hours now: Monday 12 at 17:00.
        Assert.Equal(Jan(12, 17), (await host.RemindersAsync(CaseId))["sla:respond"]);
        var entry = (await host.HistoryAsync(CaseId))[^1];
        Assert.Equal(("extend", "waiting on the card issuer", "2026-01-20T17:00:00Z"), (entry.Action, entry.Reason, entry.Details["newDueAt"]));
    }

    [Fact]
    public async Task An_extension_to_a_date_before_the_current_deadline_is_refused_and_changes_nothing()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await CaseEscalationTests.OpenWithOnlyRespondRunningAsync(host);
        var before = await host.Case(CaseId).Get();
        var notice = new CustomerNotice(Jan(5, 8), ContactMethod.Email, "alice");

        var result = await host.Case(CaseId).Execute(new ExtendCase(default, Jan(13, 12), "sooner", notice), Alice);

        Assert.Equal((GrainErrorKind.InvalidArgument, "newDueAt"), (result.Error?.Kind, result.Error?.Field));
        Assert.Equal(CaseJson.Of(before), CaseJson.Of(await host.Case(CaseId).Get()));
        Assert.Equal(Jan(8, 13), (await host.RemindersAsync(CaseId))["sla:respond"]);
    }

    [Fact]
    public async Task Resolving_a_phone_case_on_first_contact_waives_every_target()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Phone());
        await host.AdvanceToAsync(Jan(5, 8, 10));

        var view = await host.ExecuteAsync(CaseId, new ResolveCase(default, "Address changed during the call.", OnFirstContact: true));

        Assert.Equal(CaseStatus.AwaitingConfirmation, view.Status);
        Assert.All(view.Deadlines, d => Assert.Equal((DeadlineState.Waived, (Instant?)null), (d.State, d.SettledAt)));
        Assert.Null(view.NextDueAt);
        Assert.Empty(await host.RemindersAsync(CaseId));
        var entry = (await host.HistoryAsync(CaseId))[^1];
        Assert.Equal(("resolve", "true", "acknowledge,refer,respond"), (entry.Action, entry.Details["onFirstContact"], entry.Details["waived"]));
    }

    [Fact]
    public async Task Resolving_an_email_on_first_contact_answers_it_in_time()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.AdvanceToAsync(Jan(5, 9, 20));

        var view = await host.ExecuteAsync(CaseId, new ResolveCase(default, "Answered in the reply.", OnFirstContact: true));

        Assert.Equal((DeadlineState.Met, Jan(5, 9, 20)), (view.Deadline("reply-written").State, view.Deadline("reply-written").SettledAt));
        Assert.Equal(DeadlineState.Waived, view.Deadline("respond").State);
        Assert.Empty(await host.RemindersAsync(CaseId));
    }
}
