using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Domain.Escalation;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation.Revisions;
using Asivado.Grains.Organisation.Revisions.Reapplication;
using Asivado.Grains.Tests.Cases;
using Asivado.Grains.Tests.Support;
using Asivado.Testing;
using Orleans.Storage;
using Microsoft.Extensions.DependencyInjection;
using Asivado.Testing.Organisation;
using NodaTime;
using static Asivado.Grains.Tests.Cases.CaseTestKit;

namespace Asivado.Grains.Tests.Organisation;

/// <summary>
/// A published calendar version or policy revision re-computes the open cases' pending deadlines (consumed time kept),
/// re-schedules them, records the change in each case's history and pushes the new countdown to the assignee.
/// The respond target is 7 business days of 8 h (56 h) from Monday 5 January 09:00: due Tuesday 13 at 17:00.
/// </summary>
public sealed class ReapplicationTests
{
    private const string CaseId = "C-260105-TEST000001";
    private static readonly Actor Admin = new("root", ActorRole.Admin);

    [Fact]
    public async Task A_new_holiday_moves_a_pending_respond_deadline_by_a_day_and_keeps_the_time_consumed()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await CaseEscalationTests.OpenWithOnlyRespondRunningAsync(host);
        await host.AdvanceToAsync(Jan(7, 9));
        var pushesBefore = (await host.Agent("alice").GetPushesAfter(0)).Count;

        var job = await PublishAndWaitAsync(host, RevisionDocuments.London(2, "2026-01-09"));

        // 16 h used (Monday and Tuesday); 40 h remain from Wednesday 09:00, skipping Friday 9: due Wednesday 14 at 17:00.
        var respond = (await host.Case(CaseId).Get())!.Deadline("respond");
        Assert.Equal(Jan(14, 17), respond.DueAt);
        Assert.Equal(Duration.FromHours(16), respond.Explanation.ConsumedBefore);
        Assert.Equal("london@v2", respond.Explanation.Calendar.ToString());
        Assert.Equal((ReapplicationStatus.Completed, 1, 1, 1), (job.Status, job.Total, job.Done, job.Changed));

        var entry = Assert.Single(await host.HistoryAsync(CaseId), h => h.Action == CaseGrain.DeadlineReappliedAction);
        Assert.Equal(
            ("respond", "2026-01-13T17:00:00Z", "2026-01-14T17:00:00Z", "1", "london@v2"),
            (entry.Details["targetId"], entry.Details["oldDueAt"], entry.Details["newDueAt"], entry.Details["revision"], entry.Details["calendar"]));

        // The 50 % step (Thursday 8 at 13:00) comes before the holiday and stays; the 75 % one moves past it, a day on.
        Assert.Equal(Jan(8, 13), (await host.RemindersAsync(CaseId))["sla:respond"]);
        await host.AdvanceToAsync(Jan(8, 13));
        Assert.Equal(Jan(13, 11), (await host.RemindersAsync(CaseId))["sla:respond"]);

        // The console's "My cases" hears it: the assignment carries the new due instant, and a case-assigned push says so.
        var alice = await host.Agent("alice").Get();
        Assert.Equal(Jan(14, 17), Assert.Single(alice!.Assignments, a => a.WorkId == CaseId).NextDueAt);
        var pushes = await host.Agent("alice").GetPushesAfter(0);
        var push = pushes.Skip(pushesBefore).First();
        Assert.Equal((ConsolePushKind.CaseAssigned, CaseId, (Instant?)Jan(14, 17)), (push.Kind, push.CaseId, push.DueAt));
    }

    [Fact]
    public async Task A_shortened_target_moves_the_deadline_earlier()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await CaseEscalationTests.OpenWithOnlyRespondRunningAsync(host);
        await host.AdvanceToAsync(Jan(7, 9));

        await PublishAndWaitAsync(host, RevisionDocuments.CustomerService(2, respondBusinessDays: 5));

        // 16 h of 40 h used: 24 h remain from Wednesday 09:00, due Friday 9 at 17:00.
        var respond = (await host.Case(CaseId).Get())!.Deadline("respond");
        Assert.Equal(Jan(9, 17), respond.DueAt);
        Assert.Equal("asivado-customer-service@r2", respond.Explanation.Policy.ToString());
        var entry = Assert.Single(await host.HistoryAsync(CaseId), h => h.Action == CaseGrain.DeadlineReappliedAction && h.Details["targetId"] == "respond");
        Assert.Equal(("2026-01-13T17:00:00Z", "2026-01-09T17:00:00Z"), (entry.Details["oldDueAt"], entry.Details["newDueAt"]));
    }

    [Fact]
    public async Task A_due_instant_already_past_after_reapplication_fires_once()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await CaseEscalationTests.OpenWithOnlyRespondRunningAsync(host);
        await host.AdvanceToAsync(Jan(12, 9));

        // 40 h used; a 3-business-day (24 h) budget was used up on Wednesday 7 at 17:00: the breach is then, not later.
        await PublishAndWaitAsync(host, RevisionDocuments.CustomerService(2, respondBusinessDays: 3));

        var respond = (await host.Case(CaseId).Get())!.Deadline("respond");
        Assert.Equal((DeadlineState.Breached, (Instant?)Jan(7, 17)), (respond.State, respond.DueAt));
        var breach = Assert.Single(await host.EscalationsAsync("lena", CaseId, "respond"));
        Assert.Equal((EscalationLevel.Breach, (Instant?)Jan(7, 17)), (breach.Level, breach.DueAt));
        var fired = (await host.HistoryAsync(CaseId)).Where(h => h.Action == "escalation").Select(h => h.Details["rule"]).ToList();
        Assert.Equal(["warning-50", "warning-75", "warning-90", "breach", "breach-plus-1-business-day"], fired);

        // Later, and with the revision applied again, nothing fires twice.
        await host.Case(CaseId).Reapply(1);
        await host.AdvanceToAsync(Jan(12, 12));
        Assert.Single(await host.EscalationsAsync("lena", CaseId, "respond"));
        Assert.Equal(5, (await host.HistoryAsync(CaseId)).Count(h => h.Action == "escalation"));
    }

    [Fact]
    public async Task Closed_cases_are_untouched()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await host.OpenAsync(Email());
        await host.ExecuteAsync(CaseId, new AssignCase(default, "alice"), Lena);
        await host.ExecuteAsync(CaseId, new AcknowledgeCase(default, ContactMethod.Email));
        await host.ExecuteAsync(CaseId, new ResolveCase(default, "Refunded."));
        await host.ExecuteAsync(CaseId, new ConfirmSatisfaction(default));
        var before = CaseJson.Of(await host.Case(CaseId).Get());
        var history = (await host.HistoryAsync(CaseId)).Count;

        var job = await PublishAndWaitAsync(host, RevisionDocuments.CustomerService(2, respondBusinessDays: 5));

        Assert.Equal((0, 0), (job.Total, job.Changed));
        Assert.Equal(ReapplyOutcome.NotOpen, await host.Case(CaseId).Reapply(1));
        Assert.Equal(before, CaseJson.Of(await host.Case(CaseId).Get()));
        Assert.Equal(history, (await host.HistoryAsync(CaseId)).Count);
    }

    [Fact]
    public async Task Applying_the_same_revision_twice_changes_nothing()
    {
        await using var host = await GrainsTestHost.StartAsync();
        await CaseEscalationTests.OpenWithOnlyRespondRunningAsync(host);
        await host.AdvanceToAsync(Jan(7, 9));
        await PublishAndWaitAsync(host, RevisionDocuments.London(2, "2026-01-09"));
        var after = CaseJson.Of(await host.Case(CaseId).Get());
        var history = (await host.HistoryAsync(CaseId)).Count;
        var reminders = await host.RemindersAsync(CaseId);

        await host.AdvanceToAsync(Jan(7, 11));
        Assert.Equal(ReapplyOutcome.Unchanged, await host.Case(CaseId).Reapply(1));
        var again = await host.GrainFactory.GetGrain<IReapplicationJobGrain>(ReapplicationJobs.IdFor(1)).Start(1, "london@v2", ["billing"]);

        Assert.Equal((1, 1), (again.Done, again.Changed));
        Assert.Equal(after, CaseJson.Of(await host.Case(CaseId).Get()));
        Assert.Equal(history, (await host.HistoryAsync(CaseId)).Count);
        Assert.Equal(reminders, await host.RemindersAsync(CaseId));
    }

    [Fact]
    public async Task Every_open_case_of_the_departments_reached_is_reapplied_and_new_cases_start_on_the_revision()
    {
        await using var host = await GrainsTestHost.StartAsync(configure: options => options.ConfigureSilo = silo =>
            silo.Services.Configure<ReapplicationOptions>(o => (o.CasesPerStep, o.MaxCasesInFlight) = (2, 2)));
        for (var i = 1; i <= 5; i++)
        {
            await host.OpenAsync(Email(), $"C-260105-TEST00000{i}");
        }

        await host.OpenAsync(Email("support"), "C-260105-SUPPORT001");
        await host.AdvanceToAsync(Jan(7, 9));

        var job = await PublishAndWaitAsync(host, RevisionDocuments.London(2, "2026-01-09"));

        Assert.Equal((ReapplicationStatus.Completed, 6, 6, 6, 0), (job.Status, job.Total, job.Done, job.Changed, job.Failed));
        Assert.Equal(["billing", "support"], job.DepartmentIds);
        var opened = await host.OpenAsync(Email(), "C-260107-NEWCASE001");
        Assert.Equal("london@v2", opened.Deadline("respond").Explanation.Calendar.ToString());
        Assert.DoesNotContain(await host.HistoryAsync("C-260107-NEWCASE001"), h => h.Action == CaseGrain.DeadlineReappliedAction);
    }

    [Fact]
    public async Task A_job_whose_step_was_lost_resumes_from_its_last_stored_step_and_applies_no_case_twice()
    {
        var options = new TestGrainHostOptions();
        // Writes of the job: 1 at the start, then one per step of 2 cases; the second step's is lost.
        var storage = new FailingWritesStorage(options.Storage, "reapplication") { FailWrite = 3 };
        options.ConfigureSilo = silo =>
        {
            silo.Services.AddKeyedSingleton<IGrainStorage>(global::Orleans.Providers.ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, storage);
            silo.Services.AddSingleton<IGrainStorage>(storage);
            silo.Services.Configure<ReapplicationOptions>(o => (o.CasesPerStep, o.MaxCasesInFlight) = (2, 1));
        };
        await using var host = await TestGrainHost.StartAsync(options, TestOrganisation.Create());
        string[] cases = [.. Enumerable.Range(1, 5).Select(i => $"C-260105-TEST00000{i}")];
        foreach (var id in cases)
        {
            await host.OpenAsync(Email(), id);
        }

        await host.AdvanceToAsync(Jan(7, 9));
        var job = await PublishAndWaitAsync(host, RevisionDocuments.London(2, "2026-01-09"));
        Assert.Equal((ReapplicationStatus.Running, 2, 5), (job.Status, job.Done, job.Total));

        // The resume deadline is a minute out.
        await host.AdvanceAsync(TimeSpan.FromMinutes(1));
        job = (await host.GrainFactory.GetGrain<IReapplicationJobGrain>(job.JobId).Get())!;

        Assert.Equal((ReapplicationStatus.Completed, 5, 5, 1, 0), (job.Status, job.Done, job.Total, job.Resumed, job.Failed));
        // The lost step's two cases were re-applied before its write was lost: asked again, they changed nothing.
        Assert.Equal((3, 2), (job.Changed, job.Unchanged));
        foreach (var id in cases)
        {
            Assert.Single(await host.HistoryAsync(id), h => h.Action == CaseGrain.DeadlineReappliedAction && h.Details["targetId"] == "respond");
            Assert.Equal(Jan(14, 17), (await host.Case(id).Get())!.Deadline("respond").DueAt);
        }
    }

    [Fact]
    public async Task A_revision_that_fails_validation_names_the_field_and_changes_nothing()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var revisions = host.GrainFactory.GetGrain<IOrganisationRevisionsGrain>(IOrganisationRevisionsGrain.Key);

        var stale = await revisions.Publish(RevisionDocuments.London(1), Admin);
        var badBudget = await revisions.Publish(RevisionDocuments.CustomerService(2, respondBusinessDays: 0), Admin);

        Assert.Equal((GrainErrorKind.InvalidArgument, "calendar.version"), (stale.Error?.Kind, stale.Error?.Field));
        Assert.Contains("already has version 1", stale.Error!.Message, StringComparison.Ordinal);
        Assert.Equal((GrainErrorKind.InvalidArgument, "policy.targets[2].budget.businessDays"), (badBudget.Error?.Kind, badBudget.Error?.Field));
        var current = await revisions.GetCurrent();
        Assert.Equal((0, 0), (current.Revision, current.Published.Count));
    }

    [Fact]
    public async Task Published_revisions_are_durable_numbered_and_applied_again_by_a_silo_that_starts_from_the_organisation_file()
    {
        var options = new TestGrainHostOptions();
        await using (var host = await TestGrainHost.StartAsync(options, TestOrganisation.Create()))
        {
            var revisions = host.GrainFactory.GetGrain<IOrganisationRevisionsGrain>(IOrganisationRevisionsGrain.Key);
            await revisions.Publish(RevisionDocuments.London(2, "2026-01-09"), Admin);
            await revisions.Publish(RevisionDocuments.CustomerService(2, respondBusinessDays: 5), Admin);
            await host.WhenIdleAsync();
        }

        // A new directory, as read from the configuration at start-up: the silo catches up from the stored revisions.
        var directory = TestOrganisation.Create();
        await using var restarted = await TestGrainHost.StartAsync(options, directory);
        Assert.Equal(2, directory.Revision);
        Assert.Equal(("london@v2", "asivado-customer-service@r2"), (directory.FindDepartment("billing")!.Calendar.ToString(), directory.FindDepartment("billing")!.Policies[0].ToString()));

        var current = await restarted.GrainFactory.GetGrain<IOrganisationRevisionsGrain>(IOrganisationRevisionsGrain.Key).GetCurrent();
        Assert.Equal(2, current.Revision);
        Assert.Equal(
            [(1L, RevisionKind.Calendar, "london@v2", "reapply-1"), (2L, RevisionKind.Policy, "asivado-customer-service@r2", "reapply-2")],
            current.Published.Select(p => (p.Number, p.Kind, p.Reference, p.JobId)));
    }

    private static async Task<ReapplicationJobView> PublishAndWaitAsync(TestGrainHost host, RevisionDocument document)
    {
        var published = await host.GrainFactory.GetGrain<IOrganisationRevisionsGrain>(IOrganisationRevisionsGrain.Key).Publish(document, Admin);
        Assert.True(published.Succeeded, published.Error?.Message);
        await host.WhenIdleAsync();
        var job = await host.GrainFactory.GetGrain<IReapplicationJobGrain>(published.Value.JobId).Get();
        Assert.NotNull(job);
        return job;
    }
}
