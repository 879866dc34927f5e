using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Asivado.Durability.Gateway;

/// <summary>
/// The built gateway running as its own process (`dotnet Asivado.Gateway.dll`), as an operator runs it.
/// <see cref="KillAsync"/> sends SIGKILL: no shutdown code runs. Disposing kills it if it still runs. Each process
/// gets free ports of its own for HTTP and for its Orleans silo (Orleans:SiloPort, Orleans:GatewayPort), so several
/// may run at once on one machine.
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyPollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>What Orleans' silo hosted service logs (category Orleans.Hosting.SiloHostedService, Information) once the silo has started.</summary>
    private const string SiloStartedMessage = "Orleans Silo started.";
    private const string SiloHostedServiceCategory = "Orleans.Hosting.SiloHostedService";

    /// <summary>The console formatter's timestamp (UTC), so that the silo's start is read from the process's own clock.</summary>
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private readonly Process _process;
    private readonly OutputTail _output = new(300);
    private readonly TaskCompletionSource<DateTimeOffset> _siloStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private GatewayProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// When the process's Orleans silo had started (the timestamp of Orleans' "Orleans Silo started." log line, on the
    /// process's clock), known once <see cref="StartAsync"/> returned: the silo starts before Kestrel answers /readyz.
    /// </summary>
    public DateTimeOffset SiloStartedAt =>
        _siloStarted.Task.IsCompletedSuccessfully
            ? _siloStarted.Task.Result
            : throw new InvalidOperationException($"The gateway never logged \"{SiloStartedMessage}\". Its output:\n{Output}");

    /// <summary>The last 300 lines of the process's standard output and error, for failure messages.</summary>
    public string Output => _output.ToString();

    /// <summary>Starts the gateway and returns once /readyz answers 200.</summary>
    /// <exception cref="InvalidOperationException">It exited, or was not ready in time; the message holds its output.</exception>
    public static async Task<GatewayProcess> StartAsync(GatewayProcessOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var assemblyPath = await GatewayBuild.EnsureBuiltAsync(cancellationToken).ConfigureAwait(false);
        // The HTTP port and the Orleans silo's two (silo-to-silo, client gateway): two gateways on one machine must not share any.
        var free = FreeTcpPort.Next(3);
        var port = options.Port ?? free[0];
        var url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { assemblyPath },
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var environment = start.Environment;
        environment["ASPNETCORE_URLS"] = url;
        environment["ConnectionStrings__Asivado"] = options.ConnectionString;
        environment["Organisation__File"] = options.OrganisationFile;
        environment["Logging__LogLevel__Default"] = "Warning";
        environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        environment["Logging__Console__FormatterName"] = "simple";
        environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        environment["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true";
        environment["Logging__Console__FormatterOptions__TimestampFormat"] = TimestampFormat + " ";
        environment[$"Logging__LogLevel__{SiloHostedServiceCategory}"] = "Information";
        environment["Orleans__SiloPort"] = free[1].ToString(CultureInfo.InvariantCulture);
        environment["Orleans__GatewayPort"] = free[2].ToString(CultureInfo.InvariantCulture);
        foreach (var (name, value) in options.Environment)
        {
            environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var gateway = new GatewayProcess(process, new Uri(url + "/"));
        process.OutputDataReceived += (_, line) => gateway.OnOutput(line.Data);
        process.ErrorDataReceived += (_, line) => gateway.OnOutput(line.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"dotnet {assemblyPath} did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await gateway.WaitUntilReadyAsync(options.ReadyTimeout, cancellationToken).ConfigureAwait(false);

            // Logged before Kestrel started (the silo is a hosted service that starts first), but read asynchronously.
            try
            {
                await gateway._siloStarted.Task.WaitAsync(options.ReadyTimeout, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw new InvalidOperationException(
                    $"The gateway answered /readyz but did not log \"{SiloStartedMessage}\" ({SiloHostedServiceCategory}) within {options.ReadyTimeout.TotalSeconds:0} s. Its output:\n{gateway.Output}");
            }
        }
        catch
        {
            await gateway.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return gateway;
    }

    /// <summary>SIGTERM, as an orchestrator stops a pod: the host drains and the silo leaves the cluster; waits for the exit.</summary>
    /// <returns>The process's exit code.</returns>
    public async Task<int> StopAsync(CancellationToken cancellationToken = default)
    {
        if (!_process.HasExited)
        {
            using var signal = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })
                ?? throw new InvalidOperationException("kill did not start.");
            await signal.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }

        await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL on Linux (Process.Kill), then waits for the process to be gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                _process.Kill(entireProcessTree: false);
            }
            catch (InvalidOperationException)
            {
                // It exited between the check and the kill.
            }
        }

        await _process.WaitForExitAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync().ConfigureAwait(false);
        _process.Dispose();
    }

    private void OnOutput(string? line)
    {
        _output.Add(line);
        if (line is not null && line.Contains(SiloStartedMessage, StringComparison.Ordinal) && line.Contains(SiloHostedServiceCategory, StringComparison.Ordinal)
            && line.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space
            && DateTimeOffset.TryParseExact(
                line[..space], TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            _siloStarted.TrySetResult(at);
        }
    }

    // Bounded polling is how an operator's orchestrator waits for a process to start; no test timing depends on it.
    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        HttpStatusCode? lastStatus = null;
        string? lastError = null;
        while (watch.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The gateway exited with code {_process.ExitCode} before it was ready. Its output:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("readyz", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                lastStatus = response.StatusCode;
            }
            catch (HttpRequestException exception)
            {
                lastError = exception.Message;
            }
            catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                lastError = exception.Message;
            }

            await Task.Delay(ReadyPollInterval, cancellationToken).ConfigureAwait(false);
        }

        throw new InvalidOperationException(
            $"The gateway at {BaseAddress} was not ready within {timeout.TotalSeconds:0} s (last /readyz: {lastStatus?.ToString() ?? lastError ?? "no answer"}). Its output:\n{Output}");
    }
}
