using Asivado.LoadTest.Launch;
using Asivado.LoadTest.Reports;
using Asivado.LoadTest.Run;
using Xunit.Abstractions;

namespace Asivado.LoadTest.Gateway.Tests;

/// <summary>
/// The CI smoke test: the smoke scenario through the load tester's own code against the built gateway, launched as a
/// child process on a scratch database of the PostgreSQL server in ASIVADO_TEST_POSTGRES (set by scripts/test.sh; the
/// test fails without it). It asserts what the scenario promises (no errors, every breach at its lead console, no
/// sequence gap), never speed. Real time: about 20 s of load plus start-up, bounded by <see cref="HangGuard"/>.
/// </summary>
public sealed class SmokeRunTests(ITestOutputHelper output) : IDisposable
{
    public const string PostgresVariable = "ASIVADO_TEST_POSTGRES";

    /// <summary>Only against a hang: a passing run takes about 30 s; a run this long has failed anyway.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);

    private readonly string _folder = Directory.CreateTempSubdirectory("loadtest-smoke-").FullName;

    [Fact]
    public async Task The_smoke_scenario_runs_without_errors_or_lost_escalations_on_postgresql()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        Assert.False(string.IsNullOrWhiteSpace(server), $"{PostgresVariable} is not set: run scripts/test.sh, or export {PostgresVariable}=$(scripts/ensure-postgres.sh).");
        var scenario = ScenarioFiles.Load("smoke.json");
        var request = new RunRequest(scenario)
        {
            Launch = new HostLaunchOptions { Database = HostDatabase.PostgreSql, ServerConnectionString = server, MaxPoolSize = 16 },

            // The test checks that database work was measured, not how much: a short wait for the last counters.
            StatsFlushWait = TimeSpan.FromSeconds(2),
        };
        var session = new LoadTestSession(request, TimeProvider.System);
        using var hangGuard = new CancellationTokenSource(HangGuard);

        var results = await session.ExecuteAsync(hangGuard.Token);

        var path = Path.Combine(_folder, "results.json");
        await ResultsFile.WriteAsync(path, results);
        output.WriteLine(await File.ReadAllTextAsync(path));
        Assert.True(results.Verdict.Passed, $"{string.Join("; ", results.Verdict.Failures)}\ngateway output:\n{session.HostOutput}");
        var leads = scenario.Organisation.LeadsPerDepartment;
        Assert.Equal(80, results.Intake.Sent);
        Assert.Equal(results.Intake.Sent, results.Intake.Created);
        Assert.Equal(0, results.Intake.Errors);
        Assert.Equal(scenario.Consoles.Count, results.Consoles.Connected);
        Assert.Equal(0, results.Consoles.Failed + results.Consoles.Disconnected + results.Consoles.Malformed);
        Assert.Equal(0, results.Escalations.Lost);
        Assert.Equal(0, results.Escalations.SequenceGaps);
        Assert.True(results.Escalations.ExpectedDeliveries > 0);
        Assert.Equal(results.Intake.Created * leads, results.Escalations.ExpectedDeliveries + (results.Escalations.NotDueInTime * leads));
        Assert.True(results.Escalations.Received >= results.Escalations.ExpectedDeliveries);
        Assert.Equal(results.Escalations.Received, results.Escalations.Lateness.Count);
        Assert.Equal(HostInfo.LaunchedPostgreSql, results.HostInfo.Mode);
        var database = Assert.IsType<DatabaseResults>(results.Database);
        Assert.True(database.Totals.Commits > 0 && database.Totals.RowsInserted > 0, "the scratch database's work was not measured");
        Assert.NotEmpty(results.Host);
        Assert.All(results.Host, sample => Assert.True(sample.ResidentBytes > 0));
        var read = await ResultsFile.ReadAsync(path);
        Assert.Contains("id=\"verdict\">PASSED<", HtmlReport.Render(read), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
