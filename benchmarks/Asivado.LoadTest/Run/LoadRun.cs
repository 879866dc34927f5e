using Asivado.LoadTest.Consoles;
using Asivado.LoadTest.Database;
using Asivado.LoadTest.Escalations;
using Asivado.LoadTest.Host;
using Asivado.LoadTest.Rates;
using Asivado.LoadTest.Reports;

namespace Asivado.LoadTest.Run;

/// <summary>
/// One run against the host: the consoles connect and resume their feeds, intake runs open loop for the scenario's
/// duration, the run drains for the breaches still due, checks the expected deliveries, closes the consoles and
/// reads the database's work and the host's samples into the results.
/// </summary>
public sealed class LoadRun(LoadRunOptions options, TimeProvider timeProvider)
{
    public const string DonePhase = "done";

    private static readonly TimeSpan IntakeTimeout = TimeSpan.FromSeconds(30);

    private volatile string _phase = "starting";
    private long _origin;
    private IntakeRecorder _intake = new(TimeSpan.Zero);
    private EscalationTracker? _tracker;
    private ConsolePool? _consoles;
    private HostMonitor? _monitor;
    private DatabaseSampler? _database;

    public RunProgress Progress()
    {
        if (_origin == 0)
        {
            return RunProgress.Starting;
        }

        var host = _monitor?.LatestHost;
        return new RunProgress(
            _phase,
            timeProvider.GetElapsedTime(_origin),
            _intake.Sent,
            _intake.Created,
            _intake.Failed,
            _consoles?.Connected ?? 0,
            _consoles?.Failed ?? 0,
            _consoles?.Counters.Dropped ?? 0,
            _tracker?.Received ?? 0,
            host?.CpuPercent ?? 0,
            host?.ResidentBytes ?? 0,
            _monitor?.LatestMachine?.BusyPercent ?? 0,
            _database?.Latest?.Rates.Commits);
    }

    public async Task<RunResults> ExecuteAsync(CancellationToken cancellationToken)
    {
        var scenario = options.Scenario;
        var startedAt = timeProvider.GetUtcNow();
        _origin = timeProvider.GetTimestamp();
        var ledger = new DeliveryLedger(scenario.Expectations.Breaches, options.Organisation.Settings.LeadsPerDepartment);
        var tracker = _tracker = new EscalationTracker(startedAt, ledger);
        await using var monitor = _monitor = new HostMonitor(options.HostPids, timeProvider);
        using var negotiateHttp = new HttpMessageInvoker(new SocketsHttpHandler { MaxConnectionsPerServer = ConsolePool.ConnectParallelism, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        var consoles = _consoles = new ConsolePool(
            new ConsoleConnectionFactory(negotiateHttp, timeProvider), options.Targets, options.Roster, options.ConsoleTokens, tracker, scenario.Consoles.AcknowledgeEscalations);
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        string? hostExitedDuring = null;
        string? exitSeenDuring = null;

        // The phase is the one the exit happened in (read when it happened), not the one the cancellation reached.
        void OnHostExited()
        {
            Interlocked.CompareExchange(ref exitSeenDuring, _phase, null);
            abort.Cancel();
        }

        _phase = "connecting consoles";
        if (options.HostExited?.IsCompletedSuccessfully == true)
        {
            OnHostExited();
        }
        else
        {
            _ = options.HostExited?.ContinueWith(
                _ => OnHostExited(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }

        var intakeStart = TimeSpan.Zero;
        var intakeSeconds = 0.0;
        try
        {
            try
            {
                abort.Token.ThrowIfCancellationRequested();
                await consoles.ConnectAllAsync(abort.Token).ConfigureAwait(false);

                intakeStart = timeProvider.GetElapsedTime(_origin);
                _intake = new IntakeRecorder(scenario.Warmup, intakeStart);
                if (options.Database is { } database)
                {
                    _database = await DatabaseSampler.StartAsync(database.Statistics, database.DatabaseName, timeProvider, _origin, cancellationToken).ConfigureAwait(false);
                }

                _phase = "intake";
                var intakeTimer = timeProvider.GetTimestamp();
                try
                {
                    await RunIntakeAsync(ledger, abort.Token).ConfigureAwait(false);
                }
                finally
                {
                    intakeSeconds = timeProvider.GetElapsedTime(intakeTimer).TotalSeconds;
                }

                _phase = "draining";
                await Task.Delay(scenario.Drain, timeProvider, abort.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (options.HostExited?.IsCompletedSuccessfully == true && !cancellationToken.IsCancellationRequested)
            {
                hostExitedDuring = exitSeenDuring ?? _phase;
            }

            var drainEnd = timeProvider.GetUtcNow();
            var elapsed = timeProvider.GetElapsedTime(_origin);
            var deliveries = ledger.Evaluate(drainEnd - scenario.Expectations.ArrivalGrace, consoles.HasLeadConsole);
            var consoleResults = consoles.Results();

            _phase = "closing consoles";
            await consoles.DisposeAsync().ConfigureAwait(false);
            _consoles = null;
            DatabaseResults? databaseResults = null;
            if (_database is not null)
            {
                _phase = "reading database statistics";
                databaseResults = await _database.StopAsync(options.Database!.FlushWait, cancellationToken).ConfigureAwait(false);
            }

            _phase = DonePhase;
            var escalations = Escalations(tracker, deliveries, consoleResults.SequenceGaps, elapsed);
            var verdict = VerdictRules.Evaluate(scenario.Expectations, _intake.Failed, consoleResults, escalations);
            return new RunResults(
                scenario.Name,
                options.Label,
                startedAt,
                scenario.DurationSeconds,
                scenario.WarmupSeconds,
                scenario.DrainSeconds,
                intakeStart.TotalSeconds,
                options.HostInfo,
                OrganisationSummary.From(options.Organisation.Settings),
                Intake(intakeSeconds, elapsed),
                escalations,
                consoleResults,
                monitor.HostSamples(),
                monitor.MachineSamples(),
                databaseResults,
                hostExitedDuring is null ? verdict : verdict with { Passed = false, Failures = [$"the host exited during {hostExitedDuring}", .. verdict.Failures] },
                hostExitedDuring);
        }
        finally
        {
            if (_consoles is not null)
            {
                await _consoles.DisposeAsync().ConfigureAwait(false);
            }

            if (_database is not null)
            {
                await _database.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task RunIntakeAsync(DeliveryLedger ledger, CancellationToken cancellationToken)
    {
        var scenario = options.Scenario;
        var departments = options.Organisation.Departments.Count;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = scenario.Intake.MaxConcurrency })
        {
            Timeout = IntakeTimeout,
        };
        var budgets = options.Organisation.Settings.Overrides
            .Where(o => o.BudgetDuration is not null)
            .ToDictionary(o => o.Target, o => o.BudgetDuration!.Value, StringComparer.Ordinal);
        var client = new CaseIntakeClient(http, options.Targets, options.Organisation, scenario.Intake, options.IntegrationKey, budgets, timeProvider);
        var driver = new OpenLoopRateDriver(
            new RateDriverOptions
            {
                RatePerSecond = scenario.Intake.RatePerSecond,
                Duration = scenario.Duration,
                MaxConcurrency = scenario.Intake.MaxConcurrency,
                Phases = [.. scenario.Intake.Phases.Select(phase => new RatePhase(phase.RatePerSecond, TimeSpan.FromSeconds(phase.Seconds)))],
            },
            timeProvider);
        await driver.RunAsync(
            async (operation, token) => ledger.RegisterCase(await client.CreateAsync(operation.Index, token).ConfigureAwait(false), (int)(operation.Index % departments)),
            _intake,
            cancellationToken).ConfigureAwait(false);
    }

    private IntakeResults Intake(double intakeSeconds, TimeSpan elapsed)
    {
        var measuredSeconds = Math.Max(1e-9, intakeSeconds - options.Scenario.WarmupSeconds);
        return new IntakeResults(
            _intake.Sent,
            _intake.Created,
            _intake.Failed,
            _intake.Latency.Overall.TotalCount / measuredSeconds,
            _intake.Latency.Overall.Summarize(),
            new Dictionary<string, long>(_intake.ErrorsByReason),
            _intake.Latency.Complete(elapsed),
            _intake.Shed);
    }

    private static EscalationResults Escalations(EscalationTracker tracker, DeliveryOutcome deliveries, long sequenceGaps, TimeSpan elapsed) => new(
        tracker.Received,
        tracker.CasesEscalated,
        new Dictionary<string, long>(tracker.ByLevel),
        deliveries.Expected,
        deliveries.Missing,
        sequenceGaps,
        sequenceGaps + deliveries.Missing,
        deliveries.CasesNeverEscalated,
        deliveries.NotDueInTime,
        tracker.WithoutDueInstant,
        tracker.Early,
        tracker.Lateness.Overall.Summarize(),
        tracker.Lateness.Complete(elapsed),
        LatenessBins.From(tracker.Lateness.Overall));
}
