using System.Collections.Immutable;
using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Tests.Support;
using static Asivado.Grains.Tests.Cases.CaseTestKit;

namespace Asivado.Grains.Tests.Cases;

/// <summary>Each lifecycle command through the grain: the new status, the history entry, the targets it settles, who is told.</summary>
public sealed class CaseLifecycleTests
{
    private const string CaseId = "C-260105-TEST000001";

    [Fact]
    public async Task Acknowledging_by_email_meets_acknowledge_and_reply_written_and_drops_their_reminders()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.AdvanceToAsync(Jan(5, 9, 30));
        await host.ExecuteAsync(CaseId, new AssignCase(default, "alice"), Lena);

        var view = await host.ExecuteAsync(CaseId, new AcknowledgeCase(default, ContactMethod.Email));

        Assert.Equal(CaseStatus.InProgress, view.Status);
        Assert.Equal((Jan(5, 9, 30), ContactMethod.Email), (view.Acknowledgement!.At, view.Acknowledgement.Method));
        Assert.Equal((DeadlineState.Met, Jan(5, 9, 30)), (view.Deadline("acknowledge").State, view.Deadline("acknowledge").SettledAt));
        Assert.Equal((DeadlineState.Met, Jan(5, 9, 30)), (view.Deadline("reply-written").State, view.Deadline("reply-written").SettledAt));
        Assert.Equal(view.Deadline("respond").DueAt, view.NextDueAt);
        Assert.Equal(["sla:respond"], (await host.RemindersAsync(CaseId)).Keys.Order());

        var entry = (await host.HistoryAsync(CaseId))[^1];
        Assert.Equal((3L, "acknowledge", "alice", Jan(5, 9, 30)), (entry.Sequence, entry.Action, entry.ActorId, entry.At));
        Assert.Equal("Email", entry.Details["method"]);
        Assert.Equal("acknowledge,reply-written", entry.Details["met"]);
    }

    [Fact]
    public async Task Acknowledging_a_voicemail_by_call_back_returns_it()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Voicemail());
        await host.AdvanceToAsync(Jan(5, 9, 45));
        await host.ExecuteAsync(CaseId, new AssignCase(default, "alice"), Lena);

        var view = await host.ExecuteAsync(CaseId, new AcknowledgeCase(default, ContactMethod.CallBack));

        Assert.Equal(DeadlineState.Met, view.Deadline("return-voicemail").State);
        Assert.Equal(DeadlineState.Met, view.Deadline("acknowledge").State);
    }

    [Fact]
    public async Task Assigning_meets_refer_and_puts_the_case_on_the_agent()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.AdvanceToAsync(Jan(5, 10, 15));

        var view = await host.ExecuteAsync(CaseId, new AssignCase(default, "alice"), Lena);

        Assert.Equal((CaseStatus.InProgress, "alice"), (view.Status, view.AssigneeId));
        Assert.Equal((DeadlineState.Met, Jan(5, 10, 15)), (view.Deadline("refer").State, view.Deadline("refer").SettledAt));
        var entry = (await host.HistoryAsync(CaseId))[^1];
        Assert.Equal(("assign", "lena", ActorRole.Lead, "alice", "refer"), (entry.Action, entry.ActorId, entry.ActorRole, entry.Details["agentId"], entry.Details["met"]));

        var alice = await host.Agent("alice").Get();
        var assignment = Assert.Single(alice!.Assignments);
        Assert.Equal((CaseId, 1, Jan(5, 10, 15), Jan(5, 11), "Invoice charged twice"),
            (assignment.WorkId, assignment.Weight, assignment.AssignedAt, assignment.NextDueAt, assignment.Subject));
        Assert.Empty((await host.Department("billing").GetQueue())!.Entries);
        Assert.Equal(1, (await host.Department("billing").Get())!.OpenCases);
    }

    [Fact]
    public async Task Reassigning_releases_the_old_assignee_and_tracks_the_new_one()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.ExecuteAsync(CaseId, new AssignCase(default, "alice"), Lena);
        await host.AdvanceAsync(TimeSpan.FromMinutes(90));

        var view = await host.ExecuteAsync(CaseId, new ReassignCase(default, "bob"), Lena);

        Assert.Equal(("bob", CaseStatus.InProgress), (view.AssigneeId, view.Status));
        Assert.Empty((await host.Agent("alice").Get())!.Assignments);
        Assert.Equal(CaseId, Assert.Single((await host.Agent("bob").Get())!.Assignments).WorkId);
        var entry = (await host.HistoryAsync(CaseId))[^1];
        Assert.Equal(("reassign", "bob", "alice"), (entry.Action, entry.Details["agentId"], entry.Details["previousAgentId"]));
        Assert.DoesNotContain("met", entry.Details.Keys);
    }

    [Fact]
    public async Task A_case_goes_from_received_to_closed_and_back_with_one_history_entry_per_command()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.AdvanceToAsync(Jan(5, 9, 10));
        await host.ExecuteAsync(CaseId, new AssignCase(default, "alice"), Lena);
        await host.ExecuteAsync(CaseId, new AcknowledgeCase(default, ContactMethod.Email));
        await host.AdvanceToAsync(Jan(5, 12));
        var paused = await host.ExecuteAsync(CaseId, new PauseCase(default, "waiting for the card statement"));
        Assert.True(paused.IsPaused);
        var changed = (await host.Agent("alice").GetPushesAfter(0)).Last();
        Assert.Equal((ConsolePushKind.CaseChanged, CaseId, "pause", Jan(5, 12)), (changed.Kind, changed.CaseId, changed.Text, changed.At));
        await host.AdvanceToAsync(Jan(6, 12));
        await host.ExecuteAsync(CaseId, new ResumeCase(default));
        var responded = await host.ExecuteAsync(CaseId, new RespondToCase(default, "The duplicate charge is refunded."));
        Assert.Equal((CaseStatus.Responded, DeadlineState.Met), (responded.Status, responded.Deadline("respond").State));

        var resolved = await host.ExecuteAsync(CaseId, new ResolveCase(default, "Refund issued."));
        Assert.Equal(CaseStatus.AwaitingConfirmation, resolved.Status);
        Assert.Empty((await host.Agent("alice").Get())!.Assignments);
        Assert.DoesNotContain((await host.Department("billing").GetQueue())!.Entries, e => e.CaseId == CaseId);
        Assert.Equal(0, (await host.Department("billing").Get())!.OpenCases);

        var closed = await host.ExecuteAsync(CaseId, new ConfirmSatisfaction(default));
        Assert.Equal((CaseStatus.Closed, Jan(6, 12)), (closed.Status, closed.ClosedAt));

        var reopened = await host.ExecuteAsync(CaseId, new ReopenCase(default, "The refund did not arrive"), Lena);
        Assert.Equal((CaseStatus.InProgress, 1, "alice"), (reopened.Status, reopened.ReopenCount, reopened.AssigneeId));
        Assert.Equal(CaseId, Assert.Single((await host.Agent("alice").Get())!.Assignments).WorkId);
        Assert.Equal(1, (await host.Department("billing").Get())!.OpenCases);

        // Reopening settles nothing and starts nothing: what was met stays met.
        Assert.All(reopened.Deadlines, d => Assert.Equal(DeadlineState.Met, d.State));
        Assert.Empty(await host.RemindersAsync(CaseId));

        var history = await host.HistoryAsync(CaseId);
        Assert.Equal(
            ["open", "assign", "acknowledge", "pause", "resume", "respond", "resolve", "confirm", "reopen"],
            history.Select(h => h.Action));
        Assert.Equal(Enumerable.Range(1, 9).Select(i => (long)i), history.Select(h => h.Sequence));
        Assert.Equal("waiting for the card statement", history[3].Reason);
        Assert.Equal("The refund did not arrive", history[8].Reason);
        Assert.Equal("acknowledge,reply-written", history[2].Details["met"]);
        Assert.Equal("respond", history[5].Details["met"]);
        Assert.Equal(9, reopened.Version);
    }

    [Fact]
    public async Task Declining_with_reasons_answers_the_case_and_records_them()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.ExecuteAsync(CaseId, new AssignCase(default, "alice"), Lena);
        await host.ExecuteAsync(CaseId, new AcknowledgeCase(default, ContactMethod.Email));

        var view = await host.ExecuteAsync(CaseId, new DeclineCase(default, ["the fee is in the contract", "it was disclosed at signing"]));

        Assert.Equal((CaseStatus.AwaitingConfirmation, OutcomeKind.Declined), (view.Status, view.Outcome?.Kind));
        Assert.Equal(DeadlineState.Met, view.Deadline("respond").State);
        var entry = (await host.HistoryAsync(CaseId))[^1];
        Assert.Equal(("decline", "the fee is in the contract; it was disclosed at signing"), (entry.Action, entry.Reason));
    }

    [Fact]
    public async Task A_command_on_a_case_that_does_not_exist_is_not_found()
    {
        await using var host = await GrainsTestHost.StartAsync();

        var result = await host.Case("C-260105-NOSUCHCASE").Execute(new AcknowledgeCase(default, ContactMethod.Email), Alice);

        Assert.Equal(GrainErrorKind.NotFound, result.Error?.Kind);
    }

    public static TheoryData<string, GrainErrorKind, string?> Refusals => new()
    {
        { "refer through execute", GrainErrorKind.InvalidArgument, "command" },
        { "confirm before it was answered", GrainErrorKind.Conflict, null },
        { "assign to an agent of another department", GrainErrorKind.InvalidArgument, "agentId" },
        { "assign to nobody known", GrainErrorKind.InvalidArgument, "agentId" },
        { "assign to a blank id", GrainErrorKind.InvalidArgument, "agentId" },
        { "decline without reasons", GrainErrorKind.InvalidArgument, "reasons" },
        { "pause without a reason", GrainErrorKind.InvalidArgument, "reason" },
        { "resume when not paused", GrainErrorKind.Conflict, null },
        { "extend without telling the customer", GrainErrorKind.InvalidArgument, "notice" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_command_changes_nothing(string refusal, GrainErrorKind kind, string? field)
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        var before = await host.Case(CaseId).Get();
        var reminders = await host.RemindersAsync(CaseId);

        var result = await host.Case(CaseId).Execute(Refused(refusal), Lena);

        Assert.Equal((kind, field), (result.Error?.Kind, result.Error?.Field));
        Assert.Equal(CaseJson.Of(before), CaseJson.Of(await host.Case(CaseId).Get()));
        Assert.Equal(reminders, await host.RemindersAsync(CaseId));
        Assert.Empty((await host.Agent("carl").Get())!.Assignments);
    }

    private static CaseCommand Refused(string refusal) => refusal switch
    {
        "refer through execute" => new ReferCase(default, "support"),
        "confirm before it was answered" => new ConfirmSatisfaction(default),
        "assign to an agent of another department" => new AssignCase(default, "carl"),
        "assign to nobody known" => new AssignCase(default, "zed"),
        "assign to a blank id" => new AssignCase(default, " "),
        "decline without reasons" => new DeclineCase(default, ImmutableArray<string>.Empty),
        "pause without a reason" => new PauseCase(default, ""),
        "resume when not paused" => new ResumeCase(default),
        "extend without telling the customer" => new ExtendCase(default, Jan(20, 17), "waiting on the bank", null),
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, "Unknown refusal."),
    };
}
