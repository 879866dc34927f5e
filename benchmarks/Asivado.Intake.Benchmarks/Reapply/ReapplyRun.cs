using System.Diagnostics;
using System.Globalization;
using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Durability.Gateway;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation.Configuration;
using Asivado.Grains.Organisation.Revisions;
using Asivado.Grains.Organisation.Revisions.Reapplication;
using Asivado.Intake.Benchmarks.Cli;
using Asivado.Intake.Benchmarks.Memory;
using Asivado.Orleans.PostgreSql.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;

namespace Asivado.Intake.Benchmarks.Reapply;

/// <summary>
/// Opens N e-mail cases in process (one department on the 24/7 "always-open" calendar, both seed policies, the system
/// clock), publishes "always-open" v2 with a holiday the day after tomorrow through <see cref="IOrganisationRevisionsGrain"/>,
/// and times the background re-application job until it completed: every case's respond deadline (7 business days)
/// moves by one day. Reports the job's throughput and checks a sample of cases.
/// </summary>
/// <param name="postgres">Null: memory providers; else a server on which a scratch database is made for the run.</param>
internal sealed class ReapplyRun(int cases, int concurrency, string? postgres)
{
    private const string CalendarId = "always-open";
    private static readonly Actor Integration = new("reapply-bench", ActorRole.Integration);
    private static readonly Actor Admin = new("reapply-bench-admin", ActorRole.Admin);

    public async Task<int> ExecuteAsync()
    {
        await using var database = postgres is null ? null : await ScratchDatabase.CreateAsync(postgres, "asivado_reapply");
        var organisation = OrganisationJson.Parse(OrganisationFile.Build(acknowledgeBudget: null, withAncsPolicy: true).ToJsonString());
        using var host = MemorySilo.Build(organisation, database is null ? null : silo => silo.AddAsivadoPostgreSql(options =>
        {
            options.ConnectionString = database.ConnectionString;
        }));
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        Output.Line($"reapply: {cases:N0} open cases on {(database is null ? "memory providers" : $"PostgreSQL (database {database.Name})")}; {Environment.ProcessorCount} cores, load average {LoadAverage()}");

        var watch = Stopwatch.StartNew();
        await OpenAsync(grains);
        Output.Line($"opened {cases:N0} cases in {watch.Elapsed.TotalSeconds:0.0} s ({cases / watch.Elapsed.TotalSeconds:0}/s)");
        var before = await RespondDueAsync(grains, 0);

        var holiday = SystemClock.Instance.GetCurrentInstant().InUtc().Date.PlusDays(2);
        var document = new RevisionDocument(RevisionKind.Calendar, $$"""
            { "id": "{{CalendarId}}", "version": 2, "timeZone": "Etc/UTC",
              "weeklyHours": [ { "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], "start": "00:00", "end": "24:00" } ],
              "holidays": [ { "date": "{{holiday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}", "name": "Benchmark Day" } ] }
            """);
        watch.Restart();
        var published = await grains.GetGrain<IOrganisationRevisionsGrain>(IOrganisationRevisionsGrain.Key).Publish(document, Admin);
        if (!published.Succeeded)
        {
            throw new InvalidOperationException($"The revision was refused: {published.Error}");
        }

        var accepted = watch.Elapsed;
        var job = grains.GetGrain<IReapplicationJobGrain>(published.Value.JobId);
        ReapplicationJobView view;
        var lastReport = TimeSpan.Zero;
        while ((view = (await job.Get())!).Status != ReapplicationStatus.Completed)
        {
            if (watch.Elapsed - lastReport >= TimeSpan.FromSeconds(5))
            {
                lastReport = watch.Elapsed;
                Output.Line($"  … {view.Done:N0} of {view.Total:N0} after {watch.Elapsed.TotalSeconds:0.0} s");
            }

            await Task.Delay(100);
        }

        var total = watch.Elapsed;
        var jobTime = (view.FinishedAt!.Value - view.StartedAt!.Value).ToTimeSpan();
        Output.Line($"published in {accepted.TotalMilliseconds:0} ms (stored, applied, {view.Total:N0} open cases listed, job started); re-applied in {total.TotalSeconds:0.00} s after the publish ({view.Total / total.TotalSeconds:0} cases/s; the job's own start to finish {jobTime.TotalSeconds:0.00} s)");
        Output.Line($"job {view.JobId}: total {view.Total:N0}, done {view.Done:N0}, changed {view.Changed:N0}, unchanged {view.Unchanged:N0}, not open {view.NotOpen:N0}, failed {view.Failed:N0}; load average {LoadAverage()}");

        var after = await RespondDueAsync(grains, 0);
        var moved = after - before;
        Output.Line($"case 0: respond due {before} → {after} (moved {moved.TotalHours:0.#} h)");
        var ok = view.Done == cases && view.Changed == cases && view.Failed == 0 && moved == Duration.FromDays(1);
        await host.StopAsync();
        return ok ? 0 : 1;
    }

    private static async Task<Instant> RespondDueAsync(IGrainFactory grains, int index) =>
        (await grains.GetGrain<ICaseGrain>(CaseId(index)).Get())!.Deadlines.Single(d => d.TargetId == "respond").DueAt!.Value;

    private async Task OpenAsync(IGrainFactory grains)
    {
        var next = -1;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (true)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= cases)
                {
                    return;
                }

                var intake = new CaseIntake(
                    Channel.Email, CaseKind.Question, OrganisationFile.DepartmentId,
                    new CustomerDetails($"Customer {index}", new ContactDetails(Email: $"customer{index}@example.invalid")),
                    $"Question {index}", "Where is my invoice?");
                if ((await grains.GetGrain<ICaseGrain>(CaseId(index)).Open(intake, Integration)).Error is { } error)
                {
                    throw new InvalidOperationException($"Intake {index} was refused: {error}");
                }
            }
        });
        await Task.WhenAll(workers);
    }

    private static string CaseId(int index) => string.Create(CultureInfo.InvariantCulture, $"C-REAPPLY-{index}");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
