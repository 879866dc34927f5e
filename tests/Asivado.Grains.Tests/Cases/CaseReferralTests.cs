using Asivado.Domain.Cases;
using Asivado.Domain.Escalation;
using Asivado.Domain.Policies;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Tests.Support;
using NodaTime;
using static Asivado.Grains.Tests.Cases.CaseTestKit;

namespace Asivado.Grains.Tests.Cases;

/// <summary>Referral to another department with a committed owner and date, and its own deadline.</summary>
public sealed class CaseReferralTests
{
    private const string CaseId = "C-260105-TEST000001";
    private static readonly Instant Committed = Jan(7, 12);

    [Fact]
    public async Task A_referral_to_another_department_moves_the_case_to_its_committed_owner_with_a_referral_deadline()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.AdvanceToAsync(Jan(5, 9));

        var result = await host.Case(CaseId).Refer(new CaseReferralRequest("support", "carl", Committed, "Card disputes are handled by support"), Lena);

        Assert.True(result.Succeeded, result.Error?.Message);
        var view = result.Value!;
        Assert.Equal(("support", "carl", CaseStatus.InProgress), (view.DepartmentId, view.AssigneeId, view.Status));
        Assert.Equal(new CaseReferralView(Jan(5, 9), "billing", "support", "carl", Committed, "Card disputes are handled by support", Committed), view.Referral);
        Assert.Equal((DeadlineState.Met, Jan(5, 9)), (view.Deadline("refer").State, view.Deadline("refer").SettledAt));

        var referral = view.Deadline("referral");
        Assert.Equal((ClockKind.WallClock, Jan(5, 9), Committed, DeadlineState.Pending), (referral.Clock, referral.StartedAt, referral.DueAt, referral.State));
        Assert.Equal((ClockKind.WallClock, Jan(5, 9), Committed), (referral.Explanation.Clock, referral.Explanation.StartedAt, referral.Explanation.DueAt));
        Assert.Equal((TestOrganisation.Standard, TestOrganisation.London, "Europe/London"), (referral.Explanation.Policy, referral.Explanation.Calendar, referral.Explanation.TimeZoneId));
        Assert.Equal(Committed - Jan(5, 9), referral.Explanation.Budget);
        Assert.Equal(Committed, (await host.RemindersAsync(CaseId))["sla:referral"]);

        var history = await host.HistoryAsync(CaseId);
        Assert.Equal(["open", "refer", "assign"], history.Select(h => h.Action));
        Assert.Equal(("billing", "support", "carl", "2026-01-07T12:00:00Z"), (history[1].Details["fromDepartmentId"], history[1].Details["departmentId"], history[1].Details["ownerId"], history[1].Details["committedDueAt"]));
        Assert.Equal(("lena", "carl"), (history[2].ActorId, history[2].Details["agentId"]));

        Assert.Equal(0, (await host.Department("billing").Get())!.OpenCases);
        Assert.Equal(1, (await host.Department("support").Get())!.OpenCases);
        Assert.Equal(CaseId, Assert.Single((await host.Agent("carl").Get())!.Assignments).WorkId);
    }

    [Fact]
    public async Task The_referral_deadline_breaches_at_the_committed_date_to_the_owner_and_the_new_leads()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.AdvanceToAsync(Jan(5, 9));
        Assert.True((await host.Case(CaseId).Refer(new CaseReferralRequest("support", "carl", Committed, null), Lena)).Succeeded);

        await host.AdvanceToAsync(Committed - Duration.FromSeconds(1));
        Assert.Empty(await host.EscalationsAsync("carl", CaseId, "referral"));
        await host.AdvanceAsync(TimeSpan.FromSeconds(1));

        var carl = Assert.Single(await host.EscalationsAsync("carl", CaseId, "referral"));
        Assert.Equal((EscalationLevel.Breach, Committed, Committed, "support"), (carl.Level!.Value, carl.At, carl.DueAt!.Value, carl.DepartmentId!));
        Assert.Equal(EscalationLevel.Breach, Assert.Single(await host.EscalationsAsync("sam", CaseId, "referral")).Level);
        Assert.Empty(await host.EscalationsAsync("lena", CaseId, "referral"));
        var view = await host.Case(CaseId).Get();
        Assert.Equal(DeadlineState.Breached, view!.Deadline("referral").State);
        Assert.DoesNotContain("sla:referral", (await host.RemindersAsync(CaseId)).Keys);
    }

    [Fact]
    public async Task Responding_before_the_committed_date_meets_the_referral()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.Case(CaseId).Refer(new CaseReferralRequest("support", "carl", Committed, null), Lena);
        await host.AdvanceToAsync(Jan(6, 15));

        var view = await host.ExecuteAsync(CaseId, new RespondToCase(default, "The charge is reversed."), new Actor("carl", ActorRole.Agent, "support"));

        Assert.Equal((DeadlineState.Met, Jan(6, 15)), (view.Deadline("referral").State, view.Deadline("referral").SettledAt));
        // The e-mail reply was due on Monday at 11:00: it is settled late.
        var entry = (await host.HistoryAsync(CaseId))[^1];
        Assert.Equal(("respond,referral", "reply-written"), (entry.Details["met"], entry.Details["breached"]));
    }

    [Fact]
    public async Task A_referral_within_the_department_needs_no_owner_and_adds_no_deadline()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());

        var result = await host.Case(CaseId).Refer(new CaseReferralRequest("billing", null, null, "second line"), Lena);

        var view = result.Value!;
        Assert.Equal(("billing", CaseStatus.Referred, (string?)null), (view.DepartmentId, view.Status, view.AssigneeId));
        Assert.Equal(DeadlineState.Met, view.Deadline("refer").State);
        Assert.DoesNotContain(view.Deadlines, d => d.TargetId == "referral");
        Assert.Equal(CaseId, Assert.Single((await host.Department("billing").GetQueue())!.Entries).CaseId);
    }

    [Fact]
    public async Task A_hand_over_within_the_department_without_a_date_notes_the_response_date_the_customer_was_given()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var opened = await host.OpenAsync(Email());

        var view = (await host.Case(CaseId).Refer(new CaseReferralRequest("billing", null, null, "second line"), Lena)).Value!;

        var respondBy = opened.Deadline("respond").DueAt;
        Assert.NotNull(respondBy);
        Assert.Equal(respondBy, view.Referral!.ExpectedResolutionAt);
        Assert.Null(view.Referral.CommittedDueAt);
        Assert.Equal(HistoryDetails.Format(respondBy.Value), (await host.HistoryAsync(CaseId))[^1].Details["expectedResolutionAt"]);
    }

    [Fact]
    public async Task A_hand_over_within_the_department_with_a_committed_date_notes_that_date()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());

        var view = (await host.Case(CaseId).Refer(new CaseReferralRequest("billing", null, Committed, null), Lena)).Value!;

        Assert.Equal((Committed, Committed), (view.Referral!.CommittedDueAt, view.Referral.ExpectedResolutionAt));
    }

    [Fact]
    public async Task A_hand_over_of_a_case_whose_response_clock_is_paused_needs_the_committed_date()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.ExecuteAsync(CaseId, new PauseCase(default, "Waiting for the customer's statement"), Lena);
        var before = await host.HistoryAsync(CaseId);

        var refused = await host.Case(CaseId).Refer(new CaseReferralRequest("billing", null, null, null), Lena);

        Assert.Equal((GrainErrorKind.InvalidArgument, "committedDueAt"), (refused.Error?.Kind, refused.Error?.Field));
        Assert.Equal(before.Count, (await host.HistoryAsync(CaseId)).Count);
        Assert.True((await host.Case(CaseId).Refer(new CaseReferralRequest("billing", null, Committed, null), Lena)).Succeeded);
    }

    [Theory]
    [InlineData("marketing", "carl", true, "departmentId")]
    [InlineData("support", null, true, "ownerId")]
    [InlineData("support", "bob", true, "ownerId")]
    [InlineData("support", "carl", false, "committedDueAt")]
    [InlineData("billing", "carl", false, "ownerId")]
    public async Task A_refused_referral_names_the_field_and_changes_nothing(string departmentId, string? ownerId, bool future, string field)
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.AdvanceToAsync(Jan(5, 9));
        var before = await host.Case(CaseId).Get();
        var reminders = await host.RemindersAsync(CaseId);

        var result = await host.Case(CaseId).Refer(new CaseReferralRequest(departmentId, ownerId, future ? Committed : Jan(5, 9), null), Lena);

        Assert.Equal((GrainErrorKind.InvalidArgument, field), (result.Error?.Kind, result.Error?.Field));
        Assert.Equal(CaseJson.Of(before), CaseJson.Of(await host.Case(CaseId).Get()));
        Assert.Equal(reminders, await host.RemindersAsync(CaseId));
        Assert.Equal(0, (await host.Department("support").Get())!.OpenCases);
    }

    [Theory]
    [InlineData("committed in year 9999", "committedDueAt")]
    [InlineData("committed 367 days ahead", "committedDueAt")]
    [InlineData("note with a NUL", "note")]
    public async Task A_referral_outside_the_bounds_names_the_field_and_changes_nothing(string problem, string field)
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.AdvanceToAsync(Jan(5, 9));
        var before = await host.Case(CaseId).Get();
        var request = problem switch
        {
            "committed in year 9999" => new CaseReferralRequest("support", "carl", Instant.FromUtc(9999, 12, 31, 23, 59, 59), null),
            "committed 367 days ahead" => new CaseReferralRequest("support", "carl", Jan(5, 9) + Duration.FromDays(367), null),
            _ => new CaseReferralRequest("support", "carl", Committed, "needs\0an engineer"),
        };

        var result = await host.Case(CaseId).Refer(request, Lena);

        Assert.Equal((GrainErrorKind.InvalidArgument, field), (result.Error?.Kind, result.Error?.Field));
        Assert.Equal(CaseJson.Of(before), CaseJson.Of(await host.Case(CaseId).Get()));
    }
}
