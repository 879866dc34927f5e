using Asivado.LoadTest.Database;
using Asivado.LoadTest.Launch;
using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.Reports;
using Asivado.LoadTest.SignIn;

namespace Asivado.LoadTest.Run;

/// <summary>
/// A whole <c>run</c>: generates the organisation and the consoles' tokens, launches the gateway or a cluster (or
/// checks the targets answer), runs the <see cref="LoadRun"/> and stops what it launched. The CLI and the smoke test both use it.
/// </summary>
public sealed class LoadTestSession(RunRequest request, TimeProvider time)
{
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(10);

    private volatile string _phase = "starting";
    private volatile LoadRun? _run;

    /// <summary>The launched gateway's last output lines, once it has stopped (null for a target).</summary>
    public string? HostOutput { get; private set; }

    /// <summary>The run's progress while it runs; before and after it, the session's phase with the run's last figures.</summary>
    public RunProgress Progress()
    {
        var progress = _run?.Progress();
        return progress is null || progress.Phase == LoadRun.DonePhase ? (progress ?? RunProgress.Starting) with { Phase = _phase } : progress;
    }

    /// <exception cref="HostUnreachableException">The gateway did not start, or the target did not answer /healthz.</exception>
    public async Task<RunResults> ExecuteAsync(CancellationToken cancellationToken)
    {
        var scenario = request.Scenario;
        var organisation = OrganisationGenerator.Generate(scenario.Organisation);
        var roster = ConsoleRoster.Select(organisation, scenario.Consoles.Count);
        var signingKey = request.SigningKey ?? (request.Launch is not null ? SigningKey.Generate() : throw new ArgumentException("A target needs the host's signing key.", nameof(request)));
        var integrationKey = request.IntegrationKey ?? (request.Launch is not null ? IntegrationKey.Generate() : throw new ArgumentException("A target needs an integration key of the host.", nameof(request)));
        _phase = "signing in consoles";
        var tokens = ConsoleCredentials.Mint(new TokenMinter(signingKey, time), roster);
        return request.Launch is { } launch
            ? await LaunchAndRunAsync(launch, organisation, roster, tokens, signingKey, integrationKey, cancellationToken).ConfigureAwait(false)
            : await RunAgainstTargetAsync(organisation, roster, tokens, integrationKey, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RunResults> LaunchAndRunAsync(
        HostLaunchOptions launch,
        LoadOrganisation organisation,
        IReadOnlyList<LoadPerson> roster,
        IReadOnlyDictionary<string, string> tokens,
        SigningKey signingKey,
        IntegrationKey integrationKey,
        CancellationToken cancellationToken)
    {
        _phase = launch switch
        {
            { Silos: { } silos } => $"launching {silos} silo(s) with scripts/cluster.sh on a scratch database",
            { Database: HostDatabase.PostgreSql } => "launching the gateway on a scratch database",
            _ => "launching the gateway (embedded)",
        };
        ILaunchedHost host;
        try
        {
            host = launch.Silos is null
                ? await LaunchedHost.StartAsync(launch, organisation, signingKey, integrationKey, cancellationToken).ConfigureAwait(false)
                : await LaunchedCluster.StartAsync(launch, organisation, signingKey, integrationKey, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidOperationException or Npgsql.NpgsqlException)
        {
            throw new HostUnreachableException($"The gateway did not start: {exception.Message}", exception);
        }

        PostgresStatistics? statistics = null;
        try
        {
            DatabaseTarget? database = null;
            if (host.DatabaseName is { } name)
            {
                statistics = new PostgresStatistics(launch.ServerConnectionString!);
                database = new DatabaseTarget(statistics, name, request.StatsFlushWait);
            }

            var info = new HostInfo(
                launch.Silos is { } silos ? HostInfo.LaunchedCluster(silos) : host.DatabaseName is null ? HostInfo.LaunchedEmbedded : HostInfo.LaunchedPostgreSql,
                HostInfo.Addresses(host.Targets),
                [.. launch.Settings.Select(setting => setting.ToString())],
                host.ProcessIds[0],
                host.DatabaseName);
            using var watching = new CancellationTokenSource();
            var exited = host.WaitForExitAsync(time, watching.Token);
            var options = new LoadRunOptions(request.Scenario, organisation, new TargetSpread(host.Targets), integrationKey, roster, tokens, info, request.EffectiveLabel)
            {
                HostPids = host.ProcessIds,
                Database = database,
                HostExited = exited,
            };
            var run = _run = new LoadRun(options, time);
            try
            {
                return await run.ExecuteAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await watching.CancelAsync().ConfigureAwait(false);
                await exited.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
            }
        }
        finally
        {
            _phase = "stopping the gateway";
            if (statistics is not null)
            {
                await statistics.DisposeAsync().ConfigureAwait(false);
            }

            HostOutput = host.Output;
            await host.DisposeAsync().ConfigureAwait(false);
            _phase = "done";
        }
    }

    private async Task<RunResults> RunAgainstTargetAsync(
        LoadOrganisation organisation,
        IReadOnlyList<LoadPerson> roster,
        IReadOnlyDictionary<string, string> tokens,
        IntegrationKey integrationKey,
        CancellationToken cancellationToken)
    {
        if (request.Targets.Count == 0)
        {
            throw new ArgumentException("Neither a launch nor a target.", nameof(request));
        }

        _phase = "checking the targets";
        foreach (var target in request.Targets)
        {
            await CheckHealthAsync(target, cancellationToken).ConfigureAwait(false);
        }

        var info = new HostInfo(HostInfo.Target, HostInfo.Addresses(request.Targets), [], request.HostPid, null);
        var options = new LoadRunOptions(request.Scenario, organisation, new TargetSpread(request.Targets), integrationKey, roster, tokens, info, request.EffectiveLabel)
        {
            HostPids = request.HostPid is { } pid ? [pid] : [],
        };
        var run = _run = new LoadRun(options, time);
        return await run.ExecuteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CheckHealthAsync(Uri target, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = target, Timeout = HealthTimeout };
        try
        {
            using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative), cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new HostUnreachableException($"{target}healthz answered {(int)response.StatusCode}.");
            }
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new HostUnreachableException($"{target}healthz did not answer: {exception.Message}", exception);
        }
    }
}
