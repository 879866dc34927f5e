using System.Diagnostics;
using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Durability.Gateway;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Hosting;
using Asivado.Grains.Organisation.Configuration;
using Asivado.Intake.Benchmarks.Cli;
using Asivado.Orleans.Deadlines.Table;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Asivado.Intake.Benchmarks.Memory;

/// <summary>
/// Opens N cases in process through the grain factory, exactly as the gateway does (ICaseGrain.TakeIn under the id of an
/// idempotency key), on one Orleans silo with the memory providers (<see cref="MemorySilo"/>), the seed policies and the
/// system clock, and measures the managed memory they hold: with every activation live, then after the silo stopped
/// (every activation deactivated), when only the memory providers' copies remain (with PostgreSQL those are in the
/// database). The memory deadline table finds a grain's deadlines through a map, so no index of its own is needed.
/// </summary>
/// <param name="viaIntake">True: ICaseGrain.TakeIn under the id of an idempotency key (the gateway's path); false: ICaseGrain.Open under a plain id.</param>
internal sealed class MemoryRun(int cases, int departments, int concurrency, bool viaIntake)
{
    private const int WarmupCases = 1_000;
    private static readonly Actor Integration = new("memory-bench", ActorRole.Integration);

    public async Task<int> ExecuteAsync()
    {
        var organisation = OrganisationJson.Parse(OrganisationFile.Build(acknowledgeBudget: null, withAncsPolicy: true, departments).ToJsonString());
        using var host = MemorySilo.Build(organisation);
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        await OpenAsync(grains, firstIndex: -WarmupCases, WarmupCases);
        var baseline = Snapshot.Take();
        Output.Line($"baseline after {WarmupCases} warm-up cases: managed {Output.Bytes(baseline.Managed)}, working set {Output.Bytes(baseline.WorkingSet)}");

        var watch = Stopwatch.StartNew();
        await OpenAsync(grains, firstIndex: 0, cases);
        var opened = watch.Elapsed;
        var live = Snapshot.Take();
        var reminders = await host.Services.GetRequiredService<IDeadlineTable>().CountAsync(DeadlineRange.Full);
        var liveDelta = live.Managed - baseline.Managed;
        Output.Line($"opened {cases} cases {(viaIntake ? "through ICaseGrain.TakeIn" : "through ICaseGrain.Open")} in {opened.TotalSeconds:0.0} s ({cases / opened.TotalSeconds:0}/s), {departments} department(s), {reminders} pending deadlines in the table, warm-up cases included ({reminders / (double)(cases + WarmupCases):0.00} per case)");
        Output.Line($"live (every activation in memory): managed +{Output.Bytes(liveDelta)} = {liveDelta / (double)cases:0} B per open case; working set {Output.Bytes(live.WorkingSet)}");

        // Stopping deactivates every activation and empties the deadline service's window; what stays is what the
        // memory providers hold (with PostgreSQL it is in the database).
        await host.StopAsync();
        var stored = Snapshot.Take();
        var storedDelta = stored.Managed - baseline.Managed;
        Output.Line($"silo stopped (memory storage + memory deadline table only): managed +{Output.Bytes(storedDelta)} = {storedDelta / (double)cases:0} B per open case; working set {Output.Bytes(stored.WorkingSet)}");

        const long Million = 1_000_000;
        const long FourGiB = 4L << 30;
        var extrapolated = baseline.Managed + (liveDelta * Million / cases);
        var extrapolatedStored = baseline.Managed + (storedDelta * Million / cases);
        var activations = liveDelta - storedDelta;
        Output.Line($"activations and deadline window (live minus stopped): {activations / (double)cases:0} B per open case");
        var extrapolatedProcess = baseline.Managed + (activations * Million / cases);
        string Verdict(long bytes) => bytes <= FourGiB ? "within 4 GiB" : "OVER 4 GiB";
        Output.Line($"extrapolated to {Million:N0} open cases, managed: everything {Output.Bytes(extrapolated)} ({Verdict(extrapolated)})");
        Output.Line($"  of which activations and deadline window (the process's share with PostgreSQL) {Output.Bytes(extrapolatedProcess)} ({Verdict(extrapolatedProcess)}), memory providers' copies {Output.Bytes(extrapolatedStored - baseline.Managed)}");
        return 0;
    }

    private async Task OpenAsync(IGrainFactory grains, int firstIndex, int count)
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
                    ? (await grains.GetGrain<ICaseGrain>(CaseIds.ForIdempotencyKey(Integration.Id, $"{index}")).TakeIn(intake, Integration)).Error
                    : (await grains.GetGrain<ICaseGrain>($"C-MEMORY-{index}").Open(intake, Integration)).Error;
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
