using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Asivado.Durability.Gateway;
using Npgsql;
using Xunit.Abstractions;

namespace Asivado.Durability.Tests.Crash;

/// <summary>
/// The issue: "A successful response means the change is in PostgreSQL. Test it as an operator would meet it: start
/// the host as its own process against PostgreSQL, take cases under load, kill it with SIGKILL, start it again:
/// every acknowledged case, every history entry and every pending deadline is there, and deadlines that fell due
/// while it was down fire once." On Orleans: a deadline that fell due while the host was down fires once after the
/// restarted silo is up, with no client traffic. How soon (the target is 2 s from Orleans' "Orleans Silo started.", on
/// the host's clock) is a speed figure: printed here and recorded in benchmarks/README.md, not asserted, because a
/// timed assertion fails on a loaded machine whatever the product does.
/// </summary>
/// <remarks>
/// The host is a real process on the real clock, so this test waits on real time in three bounded places: the load
/// period before the kill, the downtime (until the last acknowledged case's 4-second acknowledge deadline has
/// passed, so that deadlines fall due while nothing runs), and the restarted host's catch-up (polled in the
/// database, with a deadline). Everything else is event-driven. How late each overdue breach fired is read from its
/// history entry's time, written by the host, so polling does not enter that figure. About 25 s on a loaded 2-core machine.
/// </remarks>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Clients = 8;
    private const int MinimumAcknowledged = 20;
    private const int GatewayPoolSize = 16;
    private const string Acknowledge = "acknowledge";

    private static readonly TimeSpan AcknowledgeBudget = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan LoadPeriod = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LoadPeriodLimit = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan DowntimeMargin = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan CatchUpLimit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CatchUpPollInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(60);
    private static readonly string[] ExpectedTargets = [Acknowledge, "refer", "respond"];

    private readonly AccessTokens _tokens = new();
    private ScratchDatabase? _database;
    private string? _folder;
    private string? _organisationFile;

    private ScratchDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        _database = await ScratchDatabase.CreateAsync(TestPostgres.ServerConnectionString, "asivado_durability");
        _folder = Directory.CreateTempSubdirectory("asivado-durability-").FullName;
        _organisationFile = await OrganisationFile.WriteAsync(_folder, AcknowledgeBudget, withAncsPolicy: false);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Acknowledged_cases_survive_SIGKILL_and_deadlines_due_while_down_breach_once()
    {
        var phases = new PhaseLog(output);

        // 1. Cases under load from concurrent clients, then SIGKILL with requests in flight.
        IntakeLoad load;
        DateTimeOffset killedAt;
        await using (var first = await StartGatewayAsync())
        {
            phases.Done("first start");
            using var http = Client(first, "intake-integration", "integration");
            load = new IntakeLoad(new CaseApiClient(http), Clients, TimeProvider.System);
            using var stop = new CancellationTokenSource();
            var running = load.RunAsync(stop.Token);
            await Task.WhenAny(running, Task.Delay(LoadPeriod));

            // A slow machine gets more time to acknowledge the minimum, up to a limit.
            var loadLimit = DateTimeOffset.UtcNow + LoadPeriodLimit - LoadPeriod;
            while (!running.IsCompleted && load.AcknowledgedCount < MinimumAcknowledged && DateTimeOffset.UtcNow < loadLimit)
            {
                await Task.WhenAny(running, Task.Delay(CatchUpPollInterval));
            }

            Assert.False(running.IsCompleted, $"Every client stopped before the kill: the host failed under load. Its output:\n{first.Output}");
            await first.KillAsync();
            killedAt = DateTimeOffset.UtcNow;
            await stop.CancelAsync();
            await running;
            phases.Done("load and kill");
        }

        var attempts = load.Attempts.ToList();
        var acknowledged = attempts.Where(attempt => attempt.Acknowledged).ToList();
        var unknown = attempts.Where(attempt => !attempt.Acknowledged).ToList();
        Assert.True(acknowledged.Count >= MinimumAcknowledged, $"Only {acknowledged.Count} cases were acknowledged in {LoadPeriodLimit.TotalSeconds:0} s.");
        Assert.All(unknown, attempt => Assert.True(
            attempt.Response is null || (int)attempt.Response.Status >= 500,
            $"Intake {attempt.Index} was refused before the kill: {(int?)attempt.Response?.Status} {attempt.Response?.Text}"));

        // 2. Down until every acknowledged case's acknowledge deadline has passed (received by its answer at the latest).
        var lastAcknowledgeDue = acknowledged.Max(attempt => attempt.EndedAt) + AcknowledgeBudget;
        var downtime = lastAcknowledgeDue + DowntimeMargin - DateTimeOffset.UtcNow;
        if (downtime > TimeSpan.Zero)
        {
            await Task.Delay(downtime);
        }

        phases.Done("downtime");

        // 3. Start again on the same database.
        var restartingAt = DateTimeOffset.UtcNow;
        await using var second = await StartGatewayAsync();
        phases.Done("second start");
        using var integration = Client(second, "intake-integration", "integration");
        using var reader = Client(second, "durability-admin", "admin");
        var intake = new CaseApiClient(integration);
        var cases = new CaseApiClient(reader);

        // 4. The restarted host catches up by itself, before any client calls it, on everything that fell due before it
        // started: polled, bounded (how late each fired is read from the cases' history below).
        var database = new CaseDatabase(Database);
        await WaitUntilCaughtUpAsync(database, restartingAt, second);
        phases.Done("catch-up");

        // 4b. Before any client retries: every case stored before the kill (answered or not) is in its department, once
        // the intakes' settle deadlines fired (they tell a department of a stored case it never heard of).
        await WaitUntilSettledAsync(database, second);
        var storedBeforeRetries = (await database.CaseIdsAsync()).Order(StringComparer.Ordinal).ToList();
        var inDepartments = (await database.DepartmentOpenCaseIdsAsync()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(storedBeforeRetries, inDepartments);
        output.WriteLine($"{storedBeforeRetries.Count} stored cases, each in its department's open cases before any retry.");
        phases.Done("departments settled");

        // 5. Every request whose outcome the client could not know, retried under its key; every acknowledged one too.
        var caseIdByKey = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        await ForEachAsync(attempts, async attempt =>
        {
            var retry = await intake.OpenAsync(attempt.IdempotencyKey, attempt.Body);
            Assert.True(
                retry.Status is HttpStatusCode.OK or HttpStatusCode.Created && retry.CaseId is not null,
                $"Retrying intake {attempt.Index} answered {(int)retry.Status}: {retry.Text}");
            if (attempt.Acknowledged)
            {
                Assert.Equal(HttpStatusCode.OK, retry.Status);
                Assert.Equal(attempt.Response!.CaseId, retry.CaseId);
            }

            caseIdByKey[attempt.IdempotencyKey] = retry.CaseId!;
        });

        // A case stored before the kill whose answer and deadlines never made it got them from its retry, due already.
        await WaitUntilCaughtUpAsync(database, restartingAt, second);
        phases.Done("retries");

        // 6. Every acknowledged case is there, with its history and its deadlines, and the breach fired once.
        var fellDueWhileDown = 0;
        var breachedBeforeKill = 0;
        var pendingDueByCase = new ConcurrentDictionary<string, DateTimeOffset[]>(StringComparer.Ordinal);
        var siloStartedAt = second.SiloStartedAt;
        var overdueFiredAfterSiloStart = new ConcurrentBag<TimeSpan>();
        var firedOnTimeBeforeKill = new ConcurrentBag<TimeSpan>();
        await ForEachAsync(acknowledged, async attempt =>
        {
            var caseId = attempt.Response!.CaseId!;
            var view = await cases.GetCaseAsync(caseId);
            Assert.True(view is not null, $"Case {caseId} got a 201 before the kill and is gone after the restart.");
            var deadlines = CaseDocument.Deadlines(view.Value);
            var acknowledgedDeadlines = CaseDocument.Deadlines(attempt.Response.Body!.Value);
            Assert.Equal(ExpectedTargets, deadlines.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(acknowledgedDeadlines.Keys.Order(StringComparer.Ordinal), deadlines.Keys.Order(StringComparer.Ordinal));
            foreach (var (targetId, deadline) in deadlines)
            {
                Assert.Equal(acknowledgedDeadlines[targetId].DueAt, deadline.DueAt);
                Assert.Equal(targetId == Acknowledge ? "Breached" : "Pending", deadline.State);
            }

            var acknowledgeDue = deadlines[Acknowledge].DueAt!.Value;
            if (acknowledgeDue > killedAt)
            {
                Interlocked.Increment(ref fellDueWhileDown);
            }
            else
            {
                Interlocked.Increment(ref breachedBeforeKill);
            }

            pendingDueByCase[caseId] = [.. deadlines.Values.Where(d => d.State == "Pending").Select(d => d.DueAt!.Value).Order()];

            var history = await cases.GetHistoryAsync(caseId);
            Assert.True(history is not null, $"Case {caseId} has no history after the restart.");
            Assert.Equal(1, CaseDocument.Count(history.Value, "open"));
            var breaches = CaseDocument.Entries(history.Value, "escalation", ("targetId", Acknowledge), ("level", "Breach"));
            Assert.True(
                breaches.Count == 1,
                $"Case {caseId} (acknowledge due {acknowledgeDue:O}, killed {killedAt:O}) does not show its acknowledge breach exactly once: {history.Value}");

            // Due before the restarted silo was up and fired by it (not by the first host before the kill): how long after it was up.
            var (firedAt, details) = breaches[0];
            var stepDueAt = CaseDocument.Instant(details.GetProperty("stepDueAt"));
            if (firedAt > killedAt && stepDueAt < siloStartedAt)
            {
                overdueFiredAfterSiloStart.Add(firedAt - siloStartedAt);
            }
            else if (firedAt <= killedAt)
            {
                firedOnTimeBeforeKill.Add(firedAt - stepDueAt);
            }
        });

        // Cases whose 201 never arrived exist exactly once too, each with its one "open" entry.
        await ForEachAsync(unknown, async attempt =>
        {
            var history = await cases.GetHistoryAsync(caseIdByKey[attempt.IdempotencyKey]);
            Assert.True(history is not null, $"Intake {attempt.Index} was retried but its case is missing.");
            Assert.Equal(1, CaseDocument.Count(history.Value, "open"));
        });

        // 7. In the database: one case per idempotency key, and one deadline row per pending deadline.
        var storedCaseIds = await database.CaseIdsAsync();
        Assert.Equal(attempts.Count, caseIdByKey.Values.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(caseIdByKey.Values.Order(StringComparer.Ordinal), storedCaseIds.Order(StringComparer.Ordinal));

        // The table's key is (grain, name), so a second row of one deadline could only be under another name.
        var stored = await database.CaseDeadlinesAsync();
        Assert.DoesNotContain(stored.GroupBy(d => (d.CaseId, d.DueAt)), sameInstant => sameInstant.Count() > 1);
        Assert.DoesNotContain(stored, deadline => deadline.DueAt < restartingAt);
        var storedByCase = stored.ToLookup(d => d.CaseId, StringComparer.Ordinal);
        foreach (var (caseId, pendingDue) in pendingDueByCase)
        {
            Assert.Equal(pendingDue, storedByCase[caseId].Select(d => d.DueAt).Order());
        }

        phases.Done("checks");
        Assert.True(fellDueWhileDown > 0, "No acknowledged case's deadline fell due while the host was down; the scenario tested nothing.");
        Assert.True(!overdueFiredAfterSiloStart.IsEmpty, "No overdue breach was fired by the restarted host; the scenario tested nothing.");
        var lateness = overdueFiredAfterSiloStart.Order().ToList();
        output.WriteLine(
            $"{attempts.Count} intakes: {acknowledged.Count} acknowledged before the kill, {unknown.Count} unknown (in flight) and retried; " +
            $"acknowledge deadlines: {breachedBeforeKill} breached before the kill, {fellDueWhileDown} fell due while down; " +
            $"{storedCaseIds.Count} cases and {stored.Count} case deadlines stored.");
        output.WriteLine(
            $"Restart: silo started {(siloStartedAt - restartingAt).TotalSeconds:0.00} s after the process was started; " +
            $"{lateness.Count} overdue breaches fired after the silo started: first {lateness[0].TotalMilliseconds:0} ms, " +
            $"median {lateness[lateness.Count / 2].TotalMilliseconds:0} ms, last {lateness[^1].TotalMilliseconds:0} ms.");
        if (!firedOnTimeBeforeKill.IsEmpty)
        {
            output.WriteLine($"The first host fired its {firedOnTimeBeforeKill.Count} breaches at most {firedOnTimeBeforeKill.Max().TotalMilliseconds:0} ms after they fell due.");
        }
    }

    private async Task<GatewayProcess> StartGatewayAsync() =>
        await GatewayProcess.StartAsync(new GatewayProcessOptions
        {
            // Other test projects share the server (max_connections 100) while this one runs.
            ConnectionString = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { MaxPoolSize = GatewayPoolSize }.ConnectionString,
            OrganisationFile = _organisationFile!,
            Environment = new Dictionary<string, string> { ["Authentication__SigningKey"] = _tokens.SigningKey, ["Logging__LogLevel__Asivado.Orleans.Deadlines"] = "Information" },
        });

    private HttpClient Client(GatewayProcess gateway, string subject, string role)
    {
        var http = new HttpClient { BaseAddress = gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens.Create(subject, role, TimeSpan.FromHours(1)));
        return http;
    }

    /// <summary>Polls until no deadline due before the restart is left in the table (each row is removed once it fired).</summary>
    private static async Task WaitUntilCaughtUpAsync(CaseDatabase database, DateTimeOffset restartingAt, GatewayProcess gateway)
    {
        var giveUpAt = DateTimeOffset.UtcNow + CatchUpLimit;
        long left;
        while ((left = await database.DeadlinesDueBeforeAsync(restartingAt)) > 0)
        {
            Assert.True(
                DateTimeOffset.UtcNow < giveUpAt,
                $"{left} deadlines that fell due before the restart had not fired {CatchUpLimit.TotalSeconds:0} s later. Gateway output:\n{gateway.Output}");
            await Task.Delay(CatchUpPollInterval);
        }
    }

    /// <summary>Polls until every intake's settle deadline fired (at most 15 s after its intake, on the host's clock).</summary>
    private static async Task WaitUntilSettledAsync(CaseDatabase database, GatewayProcess gateway)
    {
        var giveUpAt = DateTimeOffset.UtcNow + SettleLimit;
        long left;
        while ((left = await database.SettleDeadlinesLeftAsync()) > 0)
        {
            Assert.True(
                DateTimeOffset.UtcNow < giveUpAt,
                $"{left} intake settle deadlines had not fired {SettleLimit.TotalSeconds:0} s after the restart. Gateway output:\n{gateway.Output}");
            await Task.Delay(CatchUpPollInterval);
        }
    }

    private static Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> body) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (item, _) => await body(item));
}
