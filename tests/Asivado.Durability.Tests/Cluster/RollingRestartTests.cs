using Asivado.Durability.Gateway;
using Asivado.Durability.Tests.Crash;
using Xunit.Abstractions;

namespace Asivado.Durability.Tests.Cluster;

/// <summary>
/// The rolling restart: three silos on one PostgreSQL, each stopped with SIGTERM and started again in turn
/// while intake runs through the live ones and breaches fire. No request fails beyond 503s and lost answers retried
/// under their key; every case reads through every silo, its breach fired once and reached its lead's console once
/// (a console whose silo stops connects to a live one and resumes).
/// </summary>
public sealed class RollingRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Silos = 3;
    private const int Departments = 3;
    private const int IntakeClients = 4;

    private static readonly TimeSpan AcknowledgeBudget = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LoadBetweenRestarts = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan HardLimit = TimeSpan.FromMinutes(15);

    private ClusterScratch? _scratch;

    private ClusterScratch Scratch => _scratch!;

    public async Task InitializeAsync() => _scratch = await ClusterScratch.CreateAsync("rolling", Departments, AcknowledgeBudget);

    public async Task DisposeAsync()
    {
        if (_scratch is not null)
        {
            await _scratch.DisposeAsync();
        }
    }

    [Fact]
    public async Task Restarting_every_silo_in_turn_under_load_fails_no_request_and_loses_nothing()
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

            using var intake = new ClusterIntake(cluster, departments, Scratch.Tokens.Create("rolling-intake", "integration", TimeSpan.FromHours(1)), IntakeClients);
            using var stopIntake = new CancellationTokenSource();
            var intakeRun = intake.RunAsync(stopIntake.Token);
            await Task.Delay(LoadBetweenRestarts, limit.Token);
            for (var silo = 0; silo < Silos; silo++)
            {
                var onIt = consoles.Where(c => c.SiloIndex == silo).ToList();
                var restart = cluster.RestartAsync(silo, limit.Token);
                await Task.WhenAll(onIt.Select(async console =>
                {
                    // The stopping silo closes its connections; the console goes to the next live silo.
                    await console.Closed.WaitAsync(limit.Token);
                    var to = cluster.Alive[0];
                    await console.MoveToAsync(cluster.Silos[to].BaseAddress, to, limit.Token);
                }));
                await restart;
                phases.Done($"{SiloCluster.SiloName(silo)} restarted ({intake.Acknowledged.Count} cases so far)");
                await Task.Delay(LoadBetweenRestarts, limit.Token);
            }

            await stopIntake.CancelAsync();
            await intakeRun.WaitAsync(limit.Token);
            Assert.True(intake.Failures.Count == 0, "Requests failed beyond retried 503s and lost answers:\n" + string.Join("\n", intake.Failures.Take(20)));

            var checks = new ClusterChecks(cluster, Scratch.Tokens, Scratch.Database, consoles, intake);
            await checks.WaitForEveryBreachAsync(limit.Token);
            checks.AssertConsoles(consoles);
            var fired = await checks.ReadEveryCaseAsync(limit.Token);
            phases.Done("checks");
            var lateness = fired.Select(f => f.FiredAt - f.DueAt).Order().ToList();
            output.WriteLine(
                $"{intake.Acknowledged.Count} cases, {intake.Retried503} retried 503s, {intake.RetriedUnknown} retried lost answers, 0 failed; " +
                $"breaches median {lateness[lateness.Count / 2].TotalMilliseconds:0} ms late, max {lateness[^1].TotalSeconds:0.0} s.");
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
}
