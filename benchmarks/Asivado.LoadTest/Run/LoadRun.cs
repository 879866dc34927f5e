using System.Collections.Concurrent;
using Asivado.LoadTest.Host;
using Asivado.LoadTest.Rates;
using Asivado.LoadTest.Reports;

namespace Asivado.LoadTest.Run;

/// <summary>
/// Wires the parts against the host: consoles connect, SLA overrides are applied, intake runs open
/// loop for the scenario's duration, then the run drains for late escalations and builds the results.
/// </summary>
public sealed class LoadRun(LoadRunOptions options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, byte> _createdCases = new();
    private readonly List<HostSample> _hostSamples = [];
    private readonly IntakeRecorder _intake = new(options.Scenario.Warmup);
    private EscalationTracker? _escalations;
    private ConsolePool? _consoles;
    private long _start;
    private string _phase = "starting";

    public RunProgress Progress()
    {
        HostSample? host;
        lock (_hostSamples)
        {
            host = _hostSamples.LastOrDefault();
        }

        return new RunProgress(_phase, _start == 0 ? TimeSpan.Zero : timeProvider.GetElapsedTime(_start), _intake.Sent, _intake.Created, _intake.Latency.Errors,
            _consoles?.Connected ?? 0, _consoles?.Failed ?? 0, _escalations?.Received ?? 0, host?.CpuPercent ?? 0, host?.ResidentBytes ?? 0);
    }

    public async Task<RunResults> ExecuteAsync(CancellationToken cancellationToken)
    {
        var scenario = options.Scenario;
        var startedAt = timeProvider.GetUtcNow();
        _start = timeProvider.GetTimestamp();
        _escalations = new EscalationTracker(timeProvider, startedAt);
        var sampler = options.HostPid is { } pid ? new HostProcessSampler(pid, timeProvider) : null;
        using var sampling = sampler is null ? null : timeProvider.CreateTimer(_ => Sample(sampler), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = scenario.Intake.MaxConcurrency }) { BaseAddress = options.Target, Timeout = TimeSpan.FromSeconds(30) };
        var intake = new CaseIntakeClient(http, scenario.Intake, options.Token);

        _phase = "applying SLA overrides";
        if (scenario.Sla.TargetOverrides.Count > 0)
        {
            await intake.ApplySlaOverridesAsync(scenario.Sla.TargetOverrides, cancellationToken).ConfigureAwait(false);
        }

        await using var consoles = _consoles = new ConsolePool(options.Target, options.Token, scenario.Consoles, _escalations);
        _phase = "connecting consoles";
        await consoles.ConnectAllAsync(cancellationToken).ConfigureAwait(false);

        _phase = "intake";
        var driver = new OpenLoopRateDriver(new RateDriverOptions { RatePerSecond = scenario.Intake.RatePerSecond, Duration = scenario.Duration, MaxConcurrency = scenario.Intake.MaxConcurrency }, timeProvider);
        var intakeStart = timeProvider.GetTimestamp();
        await driver.RunAsync(async (operation, token) => _createdCases.TryAdd(await intake.CreateAsync(operation.Index, token).ConfigureAwait(false), 0), _intake, cancellationToken).ConfigureAwait(false);
        var intakeSeconds = timeProvider.GetElapsedTime(intakeStart).TotalSeconds;

        _phase = "draining";
        await Task.Delay(scenario.Drain, timeProvider, cancellationToken).ConfigureAwait(false);
        var elapsed = timeProvider.GetElapsedTime(_start);
        var consoleResults = new ConsoleResults(scenario.Consoles.Count, consoles.Connected, consoles.Failed, consoles.Dropped);
        var lost = _escalations.SequenceGaps + _createdCases.Keys.Count(id => !_escalations.WasEscalated(id));
        var measuredSeconds = Math.Max(1e-9, intakeSeconds - scenario.WarmupSeconds);
        _phase = "done";

        return new RunResults(
            scenario.Name,
            startedAt,
            scenario.DurationSeconds,
            scenario.WarmupSeconds,
            new IntakeResults(_intake.Sent, _intake.Created, _intake.Latency.Errors, _intake.Latency.Overall.TotalCount / measuredSeconds,
                _intake.Latency.Overall.Summarize(), new Dictionary<string, long>(_intake.ErrorsByReason), _intake.Latency.Complete(elapsed)),
            new EscalationResults(_escalations.Received, _escalations.CasesEscalated, lost, _escalations.Lateness.Overall.Summarize(),
                _escalations.Lateness.Complete(elapsed), LatenessBins.From(_escalations.Lateness.Overall)),
            consoleResults,
            HostSamples(),
            VerdictRules.Evaluate(scenario.Expectations, _intake.Latency.Errors, consoleResults, lost));
    }

    private List<HostSample> HostSamples()
    {
        lock (_hostSamples)
        {
            return [.. _hostSamples];
        }
    }

    private void Sample(HostProcessSampler sampler)
    {
        try
        {
            var sample = sampler.Sample();
            lock (_hostSamples)
            {
                _hostSamples.Add(sample);
            }
        }
        catch (Exception exception) when (exception is IOException or FormatException)
        {
            // The host exited or is exiting; the run reports what it has.
        }
    }
}
