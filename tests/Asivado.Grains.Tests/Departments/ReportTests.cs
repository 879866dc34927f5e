using Asivado.Domain.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Grains.Tests.Support;
using NodaTime;
using NodaTime.Text;
using static Asivado.Grains.Tests.Departments.Entries;

namespace Asivado.Grains.Tests.Departments;

public sealed class ReportTests
{
    private static readonly LocalDate Monday = new(2026, 1, 5);

    private static DeadlineOutcome Outcome(string workId, string targetId, bool met, Instant at) => new(workId, targetId, met, at, at);

    private static async Task<IReadOnlyList<TargetCompliance>> Compliance(IDepartmentGrain department, LocalDate from, LocalDate to) =>
        (await department.GetCompliance(from, to)).Value!.Targets;

    [Fact]
    public async Task Outcomes_count_on_the_local_date_of_the_department_calendar()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");

        await billing.RecordOutcome(Outcome("C-1", "respond", false, Instant.FromUtc(2026, 7, 6, 22, 30))); // 23:30 BST, Monday 6 July
        await billing.RecordOutcome(Outcome("C-2", "respond", true, Instant.FromUtc(2026, 7, 6, 23, 30))); // 00:30 BST, Tuesday 7 July
        await billing.RecordOutcome(Outcome("C-3", "respond", false, Instant.FromUtc(2026, 1, 5, 23, 30))); // 23:30 GMT, Monday 5 January

        Assert.Equal([new TargetCompliance("respond", 0, 1, 0)], await Compliance(billing, new LocalDate(2026, 7, 6), new LocalDate(2026, 7, 6)));
        Assert.Equal([new TargetCompliance("respond", 1, 0, 100)], await Compliance(billing, new LocalDate(2026, 7, 7), new LocalDate(2026, 7, 7)));
        Assert.Equal([new TargetCompliance("respond", 0, 1, 0)], await Compliance(billing, Monday, Monday));
    }

    [Fact]
    public async Task Each_target_of_each_case_or_call_counts_once_and_a_later_met_after_a_breach_does_not_count()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        var at = Instant.FromUtc(2026, 1, 5, 10, 0);

        await billing.RecordOutcome(Outcome("C-1", "respond", false, at));
        await billing.RecordOutcome(Outcome("C-1", "respond", true, at.Plus(Duration.FromHours(1))));
        await billing.RecordOutcome(Outcome("C-1", "acknowledge", true, at));
        await billing.RecordOutcome(Outcome("C-2", "respond", true, at));
        await billing.RecordOutcome(Outcome("C-3", "respond", true, at));
        await billing.RecordOutcome(Outcome("call:K-1", "answer-call", true, at));
        await billing.RecordOutcome(Outcome("call:K-1", "answer-call", true, at));

        Assert.Equal(
            [
                new TargetCompliance("acknowledge", 1, 0, 100),
                new TargetCompliance("answer-call", 1, 0, 100),
                new TargetCompliance("respond", 2, 1, 200.0 / 3),
            ],
            await Compliance(billing, Monday, Monday));
    }

    [Fact]
    public async Task Counted_ids_of_work_no_longer_open_are_forgotten_after_two_days_and_the_tallies_stay()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        var counted = GrainId.Create("department", "billing");
        var at = host.Time.GetUtcNow();
        await billing.RecordOutcome(Outcome("call:K-1", "answer-call", true, Instant.FromDateTimeOffset(at)));

        await host.AdvanceAsync(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
        await billing.RecordOutcome(Outcome("call:K-2", "answer-call", false, Instant.FromDateTimeOffset(host.Time.GetUtcNow())));

        var stored = (await host.Options.Entries.ReadEntriesAsync("counted-work", counted)).Select(e => e.Key).ToList();
        Assert.Equal(["call:K-2"], stored);
        Assert.Equal([new TargetCompliance("answer-call", 1, 0, 100)], await Compliance(billing, Monday, Monday));
    }

    [Fact]
    public async Task The_view_shows_todays_compliance_in_local_time()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        await billing.RecordOutcome(Outcome("C-1", "respond", true, Instant.FromUtc(2026, 1, 4, 23, 59)));
        await billing.RecordOutcome(Outcome("C-2", "refer", false, Instant.FromUtc(2026, 1, 5, 7, 0)));

        var view = await billing.Get();

        Assert.Equal([new TargetCompliance("refer", 0, 1, 0)], view!.ComplianceToday);
    }

    [Fact]
    public async Task A_report_sums_the_days_of_its_period_and_is_empty_when_nothing_settled()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        await billing.RecordOutcome(Outcome("C-1", "respond", true, Instant.FromUtc(2026, 1, 5, 12, 0)));
        await billing.RecordOutcome(Outcome("C-2", "respond", false, Instant.FromUtc(2026, 1, 7, 12, 0)));
        await billing.RecordOutcome(Outcome("C-3", "respond", true, Instant.FromUtc(2026, 1, 9, 12, 0)));

        var report = await billing.GetCompliance(Monday, new LocalDate(2026, 1, 7));

        Assert.Equal(("billing", Monday, new LocalDate(2026, 1, 7)), (report.Value!.DepartmentId, report.Value.From, report.Value.To));
        Assert.Equal([new TargetCompliance("respond", 1, 1, 50)], report.Value.Targets);
        Assert.Empty(await Compliance(billing, new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 28)));
    }

    [Fact]
    public async Task Praise_and_constructive_criticism_count_once_per_case_on_the_local_date_received()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");

        await billing.RecordIntake("C-1", CaseKind.Praise, Instant.FromUtc(2026, 1, 5, 10, 0));
        await billing.RecordIntake("C-1", CaseKind.Praise, Instant.FromUtc(2026, 1, 5, 10, 0));
        await billing.RecordIntake("C-2", CaseKind.Praise, Instant.FromUtc(2026, 7, 6, 22, 30)); // 23:30 BST, 6 July
        await billing.RecordIntake("C-3", CaseKind.ConstructiveCriticism, Instant.FromUtc(2026, 1, 6, 9, 0));
        await billing.RecordIntake("C-4", CaseKind.Complaint, Instant.FromUtc(2026, 1, 5, 11, 0));
        await billing.RecordIntake("C-5", CaseKind.Question, Instant.FromUtc(2026, 1, 5, 11, 0));

        Assert.Equal(new FeedbackReport("billing", Monday, Monday, 1, 0), (await billing.GetFeedback(Monday, Monday)).Value);
        Assert.Equal(new FeedbackReport("billing", Monday, new LocalDate(2026, 1, 6), 1, 1), (await billing.GetFeedback(Monday, new LocalDate(2026, 1, 6))).Value);
        var july6 = new LocalDate(2026, 7, 6);
        Assert.Equal(new FeedbackReport("billing", july6, july6, 1, 0), (await billing.GetFeedback(july6, july6)).Value);
    }

    [Theory]
    [InlineData("2026-01-06", "2026-01-05")]
    [InlineData("2026-01-01", "2027-01-02")]
    [InlineData("2024-01-01", "2025-01-01")]
    public async Task A_period_that_ends_before_it_starts_or_is_longer_than_366_days_is_invalid(string from, string to)
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        var (start, end) = (LocalDatePattern.Iso.Parse(from).Value, LocalDatePattern.Iso.Parse(to).Value);

        var compliance = await billing.GetCompliance(start, end);
        var feedback = await billing.GetFeedback(start, end);

        Assert.Equal((GrainErrorKind.InvalidArgument, "to"), (compliance.Error!.Kind, compliance.Error.Field));
        Assert.Equal((GrainErrorKind.InvalidArgument, "to"), (feedback.Error!.Kind, feedback.Error.Field));
    }

    [Theory]
    [InlineData("2026-01-01", "9999-12-31", "to")]
    [InlineData("9999-12-31", "9999-12-31", "from")]
    [InlineData("2015-12-31", "2016-01-05", "from")]
    [InlineData("2027-01-01", "2027-01-07", "to")]
    public async Task A_period_outside_ten_years_back_and_366_days_ahead_is_invalid(string from, string to, string field)
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        var (start, end) = (LocalDatePattern.Iso.Parse(from).Value, LocalDatePattern.Iso.Parse(to).Value);

        var compliance = await billing.GetCompliance(start, end);
        var feedback = await billing.GetFeedback(start, end);

        Assert.Equal((GrainErrorKind.InvalidArgument, field), (compliance.Error!.Kind, compliance.Error.Field));
        Assert.Equal((GrainErrorKind.InvalidArgument, field), (feedback.Error!.Kind, feedback.Error.Field));
    }

    [Theory]
    [InlineData("2026-01-05", "2026-01-05")]
    [InlineData("2026-01-01", "2027-01-01")]
    [InlineData("2024-01-01", "2024-12-31")]
    public async Task A_period_of_one_to_366_days_is_accepted(string from, string to)
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        var (start, end) = (LocalDatePattern.Iso.Parse(from).Value, LocalDatePattern.Iso.Parse(to).Value);

        Assert.True((await billing.GetCompliance(start, end)).Succeeded);
        Assert.True((await billing.GetFeedback(start, end)).Succeeded);
    }

    [Fact]
    public async Task Tallies_survive_a_host_restart()
    {
        var host = await GrainsTestHost.StartAsync();
        try
        {
            await host.GrainFactory.GetGrain<IDepartmentGrain>("support").RecordOutcome(Outcome("C-1", "acknowledge", true, Instant.FromUtc(2026, 1, 5, 9, 0)));
            await host.GrainFactory.GetGrain<IDepartmentGrain>("support").RecordIntake("C-1", CaseKind.Praise, Instant.FromUtc(2026, 1, 5, 9, 0));

            host = await host.RestartAsync();
            var support = host.GrainFactory.GetGrain<IDepartmentGrain>("support");
            await support.RecordOutcome(Outcome("C-1", "acknowledge", true, Instant.FromUtc(2026, 1, 5, 9, 0)));
            await support.RecordIntake("C-1", CaseKind.Praise, Instant.FromUtc(2026, 1, 5, 9, 0));

            Assert.Equal([new TargetCompliance("acknowledge", 1, 0, 100)], await Compliance(support, Monday, Monday));
            Assert.Equal(1, (await support.GetFeedback(Monday, Monday)).Value!.Praise);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Counted_ids_of_work_not_open_here_are_forgotten_two_days_after_they_were_last_counted()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        var at = Instant.FromUtc(2026, 1, 5, 8, 0);
        await billing.TrackCase(Queued("C-open"));
        await billing.RecordOutcome(Outcome("C-open", "acknowledge", false, at));
        await billing.RecordOutcome(Outcome("call:K-1", "answer-call", false, at));

        await host.AdvanceAsync(TimeSpan.FromDays(1));
        await billing.RecordOutcome(Outcome("call:K-1", "answer-call", false, at));
        Assert.Equal([new TargetCompliance("acknowledge", 0, 1, 0), new TargetCompliance("answer-call", 0, 1, 0)], await Compliance(billing, Monday, Monday));

        await host.AdvanceAsync(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        await billing.RecordOutcome(Outcome("call:K-2", "answer-call", true, at));
        await billing.RecordOutcome(Outcome("call:K-1", "answer-call", false, at));
        await billing.RecordOutcome(Outcome("C-open", "acknowledge", false, at));

        Assert.Equal([new TargetCompliance("acknowledge", 0, 1, 0), new TargetCompliance("answer-call", 1, 2, 100.0 / 3)], await Compliance(billing, Monday, Monday));
    }
}
