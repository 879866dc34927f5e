using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Domain.Deadlines;
using Asivado.Domain.Escalation;
using Asivado.Domain.Policies;
using NodaTime;

namespace Asivado.Domain.Tests.Deadlines;

public sealed class DeadlineCalculatorTests
{
    private readonly DeadlineFixture _f = new();

    private CustomerNotice Told(string local) => new(_f.Office.At(local), ContactMethod.Email, "agent-7");

    [Fact]
    public void Email_complaint_gets_every_applicable_target()
    {
        var clocks = _f.Calculator.StartClocks(Channel.Email, CaseKind.Complaint, _f.Office.At("2025-02-11 10:00"), [DeadlineFixture.Standard, DeadlineFixture.Ancs], DeadlineFixture.V1);

        var due = clocks.ToDictionary(c => c.TargetId, c => _f.Local(_f.Calculator.DueAt(c)));

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["acknowledge"] = "2025-02-12 10:00",
                ["refer"] = "2025-02-12 10:00",
                ["respond"] = "2025-02-20 10:00",
                ["reply-written"] = "2025-02-11 12:00",
            },
            due);
    }

    [Fact]
    public void Phone_targets_count_wall_clock_time()
    {
        var ringing = _f.Office.At("2025-02-15 23:59");
        var answer = _f.Calculator.StartClock("answer-call", ringing, DeadlineFixture.Ancs, DeadlineFixture.V1);
        var hold = _f.Calculator.StartClock("hold", ringing, DeadlineFixture.Ancs, DeadlineFixture.V1);

        Assert.Equal(ringing + Duration.FromSeconds(18), _f.Calculator.DueAt(answer));
        Assert.Equal(ringing + Duration.FromMinutes(1), _f.Calculator.DueAt(hold));
        Assert.Equal(ClockKind.WallClock, _f.Calculator.Compute(answer).Clock);
    }

    [Fact]
    public void Department_override_applies_to_its_cases()
    {
        var effective = _f.Policies.Publish(PolicyJson.ParseOverrides("""
            { "departmentId": "billing", "revision": 1, "ringLength": "PT5S", "targets": [ { "id": "return-voicemail", "clock": "WallClock" } ] }
            """).ApplyTo(DefaultPolicies.Ancs12356));
        var saturday = _f.Office.At("2025-02-15 10:00");

        var voicemail = _f.Calculator.StartClock("return-voicemail", saturday, effective.Reference, DeadlineFixture.V1);
        var defaultVoicemail = _f.Calculator.StartClock("return-voicemail", saturday, DeadlineFixture.Ancs, DeadlineFixture.V1);
        var call = _f.Calculator.StartClock("answer-call", saturday, effective.Reference, DeadlineFixture.V1);

        Assert.Equal("2025-02-15 11:00", _f.Local(_f.Calculator.DueAt(voicemail)));
        Assert.Equal("2025-02-17 10:00", _f.Local(_f.Calculator.DueAt(defaultVoicemail)));
        Assert.Equal(saturday + Duration.FromSeconds(15), _f.Calculator.DueAt(call));
    }

    [Fact]
    public void Pause_stops_the_clock_and_resume_counts_only_the_remainder()
    {
        var clock = _f.Clock("respond", "2025-02-11 10:00");

        var paused = _f.Calculator.Pause(clock, _f.Office.At("2025-02-12 10:00"), "waiting for the customer's invoice copy");
        var resumed = _f.Calculator.Resume(paused, _f.Office.At("2025-02-17 10:00"));

        Assert.Null(_f.Calculator.DueAt(paused));
        Assert.Empty(_f.Calculator.EscalationSteps(paused));
        Assert.Equal("2025-02-25 10:00", _f.Local(_f.Calculator.DueAt(resumed)));
        Assert.Equal(Duration.FromHours(7), _f.Calculator.Consumed(resumed, _f.Office.At("2025-02-17 10:00")));
        Assert.Equal(Duration.FromHours(9), _f.Calculator.Consumed(resumed, _f.Office.At("2025-02-17 12:30")));
    }

    [Fact]
    public void Invalid_pause_and_resume_are_rejected()
    {
        var clock = _f.Clock("respond", "2025-02-11 10:00");
        var paused = _f.Calculator.Pause(clock, _f.Office.At("2025-02-12 10:00"), "waiting");

        Assert.Throws<InvalidOperationException>(() => _f.Calculator.Pause(paused, _f.Office.At("2025-02-12 11:00"), "again"));
        Assert.Throws<InvalidOperationException>(() => _f.Calculator.Resume(clock, _f.Office.At("2025-02-12 11:00")));
        Assert.Throws<ArgumentOutOfRangeException>(() => _f.Calculator.Resume(paused, _f.Office.At("2025-02-12 09:00")));
        Assert.Throws<ArgumentOutOfRangeException>(() => _f.Calculator.Pause(clock, _f.Office.At("2025-02-10 09:00"), "before start"));
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => _f.Calculator.Pause(clock, _f.Office.At("2025-02-12 10:00"), " ")).ParamName);
    }

    [Fact]
    public void Extension_moves_the_deadline_to_the_committed_date()
    {
        var clock = _f.Clock("respond", "2025-02-11 10:00");

        var extended = _f.Calculator.Extend(clock, _f.Office.At("2025-02-28 17:00"), _f.Office.At("2025-02-19 11:00"), "needs a site visit", Told("2025-02-19 10:30"));

        Assert.Equal("2025-02-28 17:00", _f.Local(_f.Calculator.DueAt(extended)));
        var extension = Assert.Single(extended.Extensions);
        Assert.Equal(Duration.FromHours(48), extension.AddedBudget);
        var deadline = _f.Calculator.Compute(extended);
        Assert.Equal((Duration.FromHours(49), Duration.FromHours(97)), (deadline.PolicyBudget, deadline.Budget));
    }

    [Fact]
    public void Extension_requires_a_notice_and_a_later_date()
    {
        var clock = _f.Clock("respond", "2025-02-11 10:00");
        var recorded = _f.Office.At("2025-02-19 11:00");

        Assert.Throws<ArgumentNullException>(() => _f.Calculator.Extend(clock, _f.Office.At("2025-02-28 17:00"), recorded, "late", null!));
        Assert.Equal("notice.toldAt", Assert.Throws<DeadlineArgumentException>(() => _f.Calculator.Extend(clock, _f.Office.At("2025-02-28 17:00"), recorded, "late", Told("2025-02-19 12:00"))).ParamName);
        Assert.Equal("newDueAt", Assert.Throws<DeadlineArgumentException>(() => _f.Calculator.Extend(clock, _f.Office.At("2025-02-20 09:30"), recorded, "late", Told("2025-02-19 10:00"))).ParamName);
        var endsAtClosing = _f.Clock("reply-written", "2025-02-14 15:00", DeadlineFixture.Ancs);
        Assert.Equal("newDueAt", Assert.Throws<DeadlineArgumentException>(() => _f.Calculator.Extend(endsAtClosing, _f.Office.At("2025-02-15 10:00"), recorded, "weekend", Told("2025-02-19 10:00"))).ParamName);
        Assert.Empty(clock.Extensions);
    }

    [Fact]
    public void A_refused_extension_explains_itself_without_dotnet_parameter_text()
    {
        var clock = _f.Clock("respond", "2025-02-11 10:00");

        var error = Assert.Throws<DeadlineArgumentException>(() => _f.Calculator.Extend(clock, _f.Office.At("2025-02-20 09:30"), _f.Office.At("2025-02-19 11:00"), "late", Told("2025-02-19 10:00")));

        Assert.StartsWith("The new date must be after the current deadline, 2025-02-", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Actual value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recalculation_keeps_consumed_time_and_recounts_the_remainder_on_the_new_calendar()
    {
        var clock = _f.Clock("respond", "2025-02-11 10:00");

        var recalculated = _f.Calculator.Recalculate(clock, _f.Office.At("2025-02-12 10:00"), DeadlineFixture.Standard, DeadlineFixture.V2);

        Assert.Equal(new DeadlineBasis(DeadlineFixture.Standard, DeadlineFixture.V2, _f.Office.At("2025-02-12 10:00"), Duration.FromHours(7)), recalculated.Current);
        Assert.Equal("2025-02-20 12:00", _f.Local(_f.Calculator.DueAt(recalculated)));
        Assert.Equal("2025-02-20 10:00", _f.Local(_f.Calculator.DueAt(clock)));
        Assert.Equal(DeadlineFixture.V2, _f.Calculator.Compute(recalculated).Calendar);
    }

    [Fact]
    public void Recalculation_after_the_budget_ran_out_keeps_the_original_breach()
    {
        var clock = _f.Clock("acknowledge", "2025-02-11 10:00");
        var shorter = _f.Policies.Publish(DefaultPolicies.CustomerServiceStandard with { Revision = 2 });

        var samePolicyNewRevision = _f.Calculator.Recalculate(clock, _f.Office.At("2025-02-13 10:00"), shorter.Reference, DeadlineFixture.V1);
        var longerBusinessDay = _f.Calculator.Recalculate(clock, _f.Office.At("2025-02-13 10:00"), shorter.Reference, DeadlineFixture.V2);

        Assert.Equal("2025-02-12 10:00", _f.Local(_f.Calculator.DueAt(samePolicyNewRevision)));
        Assert.Equal(Duration.FromHours(14), longerBusinessDay.Current.ConsumedBefore);
        // One business day is now 9 h; those 9 h were already consumed under v1 by Wednesday 12:00.
        Assert.Equal("2025-02-12 12:00", _f.Local(_f.Calculator.DueAt(longerBusinessDay)));
    }

    [Fact]
    public void Escalation_steps_fall_when_the_share_of_business_time_is_consumed()
    {
        var clock = _f.Clock("acknowledge", "2025-02-11 10:00");

        var steps = _f.Calculator.EscalationSteps(clock);

        Assert.Equal(
            [
                ("warning-50", EscalationLevel.Warning, (int?)50, "2025-02-11 14:30", "Assignee"),
                ("warning-75", EscalationLevel.Warning, 75, "2025-02-11 16:15", "Assignee"),
                ("warning-90", EscalationLevel.Warning, 90, "2025-02-12 09:18", "Assignee"),
                ("breach", EscalationLevel.Breach, 100, "2025-02-12 10:00", "Assignee,DepartmentLead"),
                ("breach-plus-1-business-day", EscalationLevel.AfterBreach, null, "2025-02-13 10:00", "DepartmentManager"),
            ],
            steps.Select(s => (s.RuleName, s.Level, s.PercentOfBudget, _f.Local(s.DueAt), string.Join(",", s.Recipients))));
        Assert.All(steps, s => Assert.Equal(_f.Office.At("2025-02-12 10:00"), s.DeadlineDueAt));
        Assert.All(steps, s => Assert.Equal(("acknowledge", DeadlineFixture.Standard), (s.TargetId, s.Policy)));
    }

    [Fact]
    public void Explanation_shows_start_references_intervals_and_skipped_periods()
    {
        var clock = _f.Clock("acknowledge", "2025-12-24 16:00");

        var explanation = _f.Calculator.Explain(clock);

        Assert.Equal(_f.Office.At("2025-12-24 16:00"), explanation.CountingFrom);
        Assert.Equal("2025-12-29 16:00", _f.Local(explanation.DueAt));
        Assert.Equal((DeadlineFixture.Standard, DeadlineFixture.V1, "Europe/London"), (explanation.Policy, explanation.Calendar, explanation.TimeZoneId));
        Assert.Equal(("1 business day(s)", Duration.FromHours(7), Duration.FromHours(7)), (explanation.BudgetRule, explanation.BusinessDayLength, explanation.Budget));
        Assert.Equal(
            ["2025-12-24 16:00-2025-12-24 17:00", "2025-12-29 09:00-2025-12-29 12:00", "2025-12-29 13:00-2025-12-29 16:00"],
            explanation.IntervalsCounted.Select(s => $"{_f.Local(s.Start)}-{_f.Local(s.End)}"));
        Assert.Equal(
            ["2025-12-24 17:00-2025-12-29 09:00 Holiday Christmas Day,Boxing Day", "2025-12-29 12:00-2025-12-29 13:00 OutsideOpeningHours "],
            explanation.ClosedPeriodsSkipped.Select(s => $"{_f.Local(s.Start)}-{_f.Local(s.End)} {s.Reason} {string.Join(",", s.Holidays)}"));
        Assert.Equal(["Christmas Day", "Boxing Day"], explanation.HolidaysSkipped.Select(h => h.Name));
        Assert.Equal(explanation.Budget, explanation.IntervalsCounted.Aggregate(Duration.Zero, (sum, s) => sum + s.Length));
    }

    [Fact]
    public void Explanation_of_a_contact_outside_hours_with_a_pause_and_an_extension()
    {
        var clock = _f.Clock("reply-written", "2025-02-15 10:00", DeadlineFixture.Ancs);
        clock = _f.Calculator.Pause(clock, _f.Office.At("2025-02-17 10:00"), "asked for the order number");
        clock = _f.Calculator.Resume(clock, _f.Office.At("2025-02-17 14:00"));
        clock = _f.Calculator.Extend(clock, _f.Office.At("2025-02-18 10:00"), _f.Office.At("2025-02-17 14:30"), "warehouse closed", Told("2025-02-17 14:20"));

        var explanation = _f.Calculator.Explain(clock);

        Assert.Equal("2025-02-18 10:00", _f.Local(explanation.DueAt));
        Assert.Equal(
            ["2025-02-17 09:00-2025-02-17 10:00", "2025-02-17 14:00-2025-02-17 17:00", "2025-02-18 09:00-2025-02-18 10:00"],
            explanation.IntervalsCounted.Select(s => $"{_f.Local(s.Start)}-{_f.Local(s.End)}"));
        Assert.Equal(
            ["2025-02-15 10:00-2025-02-17 09:00 OutsideOpeningHours", "2025-02-17 17:00-2025-02-18 09:00 OutsideOpeningHours"],
            explanation.ClosedPeriodsSkipped.Select(s => $"{_f.Local(s.Start)}-{_f.Local(s.End)} {s.Reason}"));
        Assert.Equal(new PausePeriod(_f.Office.At("2025-02-17 10:00"), _f.Office.At("2025-02-17 14:00"), "asked for the order number"), Assert.Single(explanation.Pauses));
        Assert.Equal("warehouse closed", Assert.Single(explanation.Extensions).Reason);
        Assert.Equal((Duration.FromHours(2), Duration.FromHours(5)), (explanation.PolicyBudget, explanation.Budget));
    }
}
