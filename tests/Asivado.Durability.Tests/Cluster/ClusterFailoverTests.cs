using Asivado.Durability.Gateway;
using Asivado.Durability.Tests.Crash;
using Xunit.Abstractions;

namespace Asivado.Durability.Tests.Cluster;

/// <summary>
/// The three-silo test: three gateway processes on localhost form one cluster on one PostgreSQL; cases come in
/// through all three; each department lead's console (official .NET SignalR client) is on one silo, its agent grain
/// wherever Orleans placed it (with six consoles over three silos most are apart); one silo is SIGKILLed while intake
/// runs and breaches fire. Then: every acknowledged case is readable through both survivors, every acknowledge
/// deadline fired exactly once (the dead silo's range too), each lead got each case's breach exactly once and gap-free,
/// the consoles on the survivors without a single repeat or gap on the wire, those on the dead silo after moving to a
/// survivor and resuming.
/// </summary>
/// <remarks>
/// Real processes on the real clock: bounded real-time phases (the load before and after the kill) and waits for the
/// events asserted on (pushes applied, the membership row's status), each under the test's hard limit. How fast the
/// survivors took over is printed (kill → declared dead → first overdue breach fired), not asserted: a timed assertion
/// fails on a loaded machine whatever the product does. The figures go to benchmarks/README.md.
/// </remarks>
public sealed class ClusterFailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Silos = 3;
    private const int Departments = 6;
    private const int Victim = 1;
    private const int IntakeClients = 6;

    private static readonly TimeSpan AcknowledgeBudget = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LoadBeforeKill = TimeSpan.FromSeconds(7);
    private static readonly TimeSpan LoadAfterKill = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan HardLimit = TimeSpan.FromMinutes(12);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private ClusterScratch? _scratch;

    private ClusterScratch Scratch => _scratch!;

    public async Task InitializeAsync() => _scratch = await ClusterScratch.CreateAsync("cluster", Departments, AcknowledgeBudget);

    public async Task DisposeAsync()
    {
        if (_scratch is not null)
        {
            await _scratch.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_silo_killed_under_load_loses_no_case_no_deadline_and_no_escalation()
    {
        using var limit = new CancellationTokenSource(HardLimit);
        var phases = new PhaseLog(output);
        await using var cluster = await Scratch.StartAsync(Silos, limit.Token);
        phases.Done("three silos started");

        var departments = Scratch.Departments;
        var consoles = new List<LeadConsole>();
        try
        {
            await Scratch.ConnectLeadsAsync(cluster, consoles, limit.Token);

            phases.Done("consoles connected");
            await RunAsync(cluster, departments, consoles, phases, limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            Assert.Fail($"The test did not finish within {HardLimit.TotalMinutes:0} minutes. Silo output:\n{cluster.Output()}");
        }
        finally
        {
            foreach (var console in consoles)
            {
                await console.DisposeAsync();
            }
        }
    }

    private async Task RunAsync(SiloCluster cluster, IReadOnlyList<string> departments, List<LeadConsole> consoles, PhaseLog phases, CancellationToken limit)
    {
        // 1. Intake through all three silos; breaches start firing AcknowledgeBudget after the first case.
        using var intake = new ClusterIntake(cluster, departments, Scratch.Tokens.Create("cluster-intake", "integration", TimeSpan.FromHours(1)), IntakeClients);
        using var stopIntake = new CancellationTokenSource();
        var intakeRun = intake.RunAsync(stopIntake.Token);
        // At least LoadBeforeKill of load, and (on a machine slow enough that this takes longer) a case through the victim.
        var victimTookCases = intake.WhenAcknowledgedAsync(cases => cases.Any(c => c.Silo == Victim));
        await Task.WhenAny(intakeRun, Task.WhenAll(victimTookCases, Task.Delay(LoadBeforeKill, limit)));
        Assert.False(intakeRun.IsCompleted, "Intake stopped before the kill.");

        // 2. SIGKILL one silo while intake runs and breaches fire; watch its membership row.
        var victimName = SiloCluster.SiloName(Victim);
        var acknowledgedBeforeKill = intake.Acknowledged.Count;
        await cluster.KillAsync(Victim);
        var killedAt = DateTimeOffset.UtcNow;
        var declaredDead = WhenDeclaredDeadAsync(victimName, limit);
        phases.Done($"{victimName} killed after {acknowledgedBeforeKill} cases");

        // 3. Its consoles lose their connection and move to a survivor, resuming from what they applied.
        var moved = consoles.Where(c => c.SiloIndex == Victim).ToList();
        var survivors = cluster.Alive;
        await Task.WhenAll(moved.Select(async (console, i) =>
        {
            await console.Closed.WaitAsync(limit);
            var to = survivors[i % survivors.Count];
            await console.MoveToAsync(cluster.Silos[to].BaseAddress, to, limit);
        }));
        phases.Done($"{moved.Count} consoles moved to survivors");

        await Task.Delay(LoadAfterKill, limit);
        await stopIntake.CancelAsync();
        await intakeRun.WaitAsync(limit);
        var declaredDeadAt = await declaredDead;
        phases.Done($"intake stopped: {intake.Acknowledged.Count} cases acknowledged");
        Assert.True(intake.Failures.Count == 0, "Intake failed beyond retried 503s and lost answers:\n" + string.Join("\n", intake.Failures.Take(20)));
        Assert.True(intake.Acknowledged.Any(c => c.Silo == Victim), $"No case was taken in through {victimName}.");

        // 4-6. Every breach reaches its console once; feeds gap-free (wires too, but for the moved consoles); every case
        // through both survivors, its breach fired once.
        var checks = new ClusterChecks(cluster, Scratch.Tokens, Scratch.Database, consoles, intake);
        await checks.WaitForEveryBreachAsync(limit);
        phases.Done("every breach reached its console");
        checks.AssertConsoles(moved);
        var fired = await checks.ReadEveryCaseAsync(limit);
        phases.Done("checks");

        // 7. The failover timeline: kill → declared dead → the first breach that was overdue at the kill's range hand-over fired.
        var dueAfterKill = fired.Where(f => f.DueAt >= killedAt).ToList();
        var overdueAtHandOver = fired.Where(f => f.DueAt < declaredDeadAt && f.FiredAt > declaredDeadAt && f.FiredAt - f.DueAt > TimeSpan.FromSeconds(1)).OrderBy(f => f.FiredAt).ToList();
        var lateness = fired.Select(f => f.FiredAt - f.DueAt).Order().ToList();
        output.WriteLine(
            $"{intake.Acknowledged.Count} cases ({acknowledgedBeforeKill} before the kill), {intake.Retried503} retried 503s, {intake.RetriedUnknown} retried lost answers; " +
            $"{consoles.Sum(c => c.Escalations.Count)} escalations on {consoles.Count} consoles ({moved.Count} moved).");
        output.WriteLine(
            $"Failover: kill → {victimName} declared dead {(declaredDeadAt - killedAt).TotalSeconds:0.0} s; " +
            (overdueAtHandOver.Count > 0
                ? $"kill → first overdue breach of its range fired {(overdueAtHandOver[0].FiredAt - killedAt).TotalSeconds:0.0} s ({overdueAtHandOver.Count} fired late at the hand-over); "
                : "no breach was overdue at the hand-over; ") +
            $"breaches due after the kill: {dueAfterKill.Count}, latest {(dueAfterKill.Count > 0 ? dueAfterKill.Max(f => f.FiredAt - f.DueAt).TotalSeconds : 0):0.0} s late; " +
            $"all breaches: median {lateness[lateness.Count / 2].TotalMilliseconds:0} ms late, max {lateness[^1].TotalSeconds:0.0} s.");
    }

    /// <summary>When the killed silo's membership row says Dead (polled in the database: the survivors write it).</summary>
    private async Task<DateTimeOffset> WhenDeclaredDeadAsync(string siloName, CancellationToken limit)
    {
        while (true)
        {
            var status = await Scratch.Database.ScalarAsync<int>(
                $"SELECT coalesce(max(status), 0) FROM asivado.membership_silos WHERE silo_name = '{siloName}'", limit);
            if (status == DeadStatus)
            {
                return DateTimeOffset.UtcNow;
            }

            await Task.Delay(PollInterval, limit);
        }
    }

    /// <summary>Orleans' SiloStatus.Dead as stored (this project does not reference Orleans).</summary>
    private const int DeadStatus = 6;
}
