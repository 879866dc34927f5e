using System.Diagnostics;
using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Durability.Gateway;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Hosting;
using Asivado.Grains.Organisation.Configuration;
using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.Testing;
using Asivado.Intake.Benchmarks.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Asivado.Intake.Benchmarks.Memory;

/// <summary>
/// Opens N cases in process through the grain factory, exactly as the gateway does (IIntakeGrain.Submit under an
/// idempotency key), on memory providers and the seed policies, and measures the managed memory they hold.
/// The clock is a settable one only so that idle collection can be brought forward: nothing here times anything.
/// </summary>
/// <param name="viaIntake">True: IIntakeGrain.Submit (the gateway's path, an intake grain per case too); false: ICaseGrain.Open only.</param>
internal sealed class MemoryRun(int cases, int departments, int concurrency, bool viaIntake)
{
    private const int WarmupCases = 1_000;
    private static readonly Actor Integration = new("memory-bench", ActorRole.Integration);

    public async Task<int> ExecuteAsync()
    {
        var organisation = OrganisationJson.Parse(OrganisationFile.Build(acknowledgeBudget: null, withAncsPolicy: true, departments).ToJsonString());
        var options = new TestGrainHostOptions
        {
            ConfigureRuntime = runtime => runtime.AddAsivadoGrains(),
            ConfigureServices = services => services.AddOrganisationDirectory(organisation),
        };
        await using var host = await TestGrainHost.StartAsync(options);
        var collectionAge = TimeSpan.FromMinutes(15);

        await OpenAsync(host, firstIndex: -WarmupCases, WarmupCases);
        var baseline = Snapshot.Take();
        Output.Line($"baseline after {WarmupCases} warm-up cases: managed {Output.Bytes(baseline.Managed)}, working set {Output.Bytes(baseline.WorkingSet)}");

        var watch = Stopwatch.StartNew();
        await OpenAsync(host, firstIndex: 0, cases);
        var opened = watch.Elapsed;
        var live = Snapshot.Take();
        var reminders = await host.Services.GetRequiredService<IReminderTable>().CountAsync(HashRange.Full);
        var liveDelta = live.Managed - baseline.Managed;
        Output.Line($"opened {cases} cases {(viaIntake ? "through IIntakeGrain.Submit" : "through ICaseGrain.Open")} in {opened.TotalSeconds:0.0} s ({cases / opened.TotalSeconds:0}/s), {departments} department(s), {reminders} pending reminders in the table, warm-up cases included ({reminders / (double)(cases + WarmupCases):0.00} per case)");
        Output.Line($"live (every activation in memory): managed +{Output.Bytes(liveDelta)} = {liveDelta / (double)cases:0} B per open case; working set {Output.Bytes(live.WorkingSet)}");

        // Idle collection deactivates every activation; what stays is what the memory providers hold (with
        // PostgreSQL it is in the database) plus the reminder scheduler's in-memory window.
        await host.AdvanceAsync(collectionAge + TimeSpan.FromMinutes(2));
        var stored = Snapshot.Take();
        var storedDelta = stored.Managed - baseline.Managed;
        Output.Line($"after idle collection (memory storage + reminder table + schedule only): managed +{Output.Bytes(storedDelta)} = {storedDelta / (double)cases:0} B per open case; working set {Output.Bytes(stored.WorkingSet)}");

        const long Million = 1_000_000;
        const long FourGiB = 4L << 30;
        var extrapolated = baseline.Managed + (liveDelta * Million / cases);
        var extrapolatedStored = baseline.Managed + (storedDelta * Million / cases);
        var activations = liveDelta - storedDelta;
        Output.Line($"activations alone (live minus collected): {activations / (double)cases:0} B per open case");
        Output.Line($"extrapolated to {Million:N0} open cases, managed: every activation live {Output.Bytes(extrapolated)} ({(extrapolated <= FourGiB ? "within" : "OVER")} 4 GiB); collected {Output.Bytes(extrapolatedStored)} ({(extrapolatedStored <= FourGiB ? "within" : "OVER")} 4 GiB)");
        return 0;
    }

    private async Task OpenAsync(TestGrainHost host, int firstIndex, int count)
    {
        var next = -1;
        var progressEvery = Math.Max(count / 10, 1);
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (true)
            {
                var offset = Interlocked.Increment(ref next);
                if (offset >= count)
                {
                    return;
                }

                var index = firstIndex + offset;
                var intake = Intake(index, OrganisationFile.DepartmentIdOf((int)((uint)index % (uint)departments) + 1));
                var error = viaIntake
                    ? (await host.GrainFactory.GetGrain<IIntakeGrain>($"{Integration.Id}/{index}").Submit(intake, Integration)).Error
                    : (await host.GrainFactory.GetGrain<ICaseGrain>($"C-MEMORY-{index}").Open(intake, Integration)).Error;
                if (error is not null)
                {
                    throw new InvalidOperationException($"Intake {index} was refused: {error}");
                }

                if (count >= 100_000 && (offset + 1) % progressEvery == 0)
                {
                    Output.Line($"  … {offset + 1} opened");
                }
            }
        });
        await Task.WhenAll(workers);
    }

    private static CaseIntake Intake(int index, string departmentId) => new(
        Channel.Email,
        CaseKind.Question,
        departmentId,
        new CustomerDetails($"Customer {index}", new ContactDetails(Email: $"customer{index}@example.invalid")),
        $"Question {index}",
        "Where is my invoice?");

    private sealed record Snapshot(long Managed, long WorkingSet)
    {
        public static Snapshot Take()
        {
            var managed = GC.GetTotalMemory(forceFullCollection: true);
            using var process = Process.GetCurrentProcess();
            return new Snapshot(managed, process.WorkingSet64);
        }
    }
}
