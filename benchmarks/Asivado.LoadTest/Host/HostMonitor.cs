namespace Asivado.LoadTest.Host;

/// <summary>
/// Once a second: the host's CPU and RSS (when it runs on this machine; a cluster's silos summed), the machine's busy
/// CPU and the load tester's own CPU, so a report can tell who used the cores. Sample times count from the monitor's start.
/// </summary>
public sealed class HostMonitor : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly HostProcessSampler[] _hosts;
    private readonly HostProcessSampler _self;
    private readonly MachineCpuMeter _machine = new();
    private readonly List<HostSample> _hostSamples = [];
    private readonly List<MachineSample> _machineSamples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <param name="hostPids">The host's process ids (one per silo), none when it is not on this machine.</param>
    public HostMonitor(IReadOnlyList<int> hostPids, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(hostPids);
        _time = time;
        _start = time.GetTimestamp();
        _hosts = [.. hostPids.Select(pid => new HostProcessSampler(pid, time))];
        _self = new HostProcessSampler(Environment.ProcessId, time);
        _machine.Sample();
        _loop = LoopAsync();
    }

    public HostSample? LatestHost
    {
        get
        {
            lock (_hostSamples)
            {
                return _hostSamples.LastOrDefault();
            }
        }
    }

    public MachineSample? LatestMachine
    {
        get
        {
            lock (_machineSamples)
            {
                return _machineSamples.LastOrDefault();
            }
        }
    }

    public IReadOnlyList<HostSample> HostSamples()
    {
        lock (_hostSamples)
        {
            return [.. _hostSamples];
        }
    }

    public IReadOnlyList<MachineSample> MachineSamples()
    {
        lock (_machineSamples)
        {
            return [.. _machineSamples];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(Interval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                Sample();
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    private void Sample()
    {
        try
        {
            if (_hosts.Length > 0)
            {
                var sample = HostSample.Sum(_hosts.Select(host => host.Sample()).ToList());
                lock (_hostSamples)
                {
                    _hostSamples.Add(sample);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or FormatException)
        {
            // The host exited or is exiting; the run reports what it has.
        }

        try
        {
            var self = _self.Sample();
            var machine = new MachineSample(_time.GetElapsedTime(_start).TotalSeconds, _machine.Sample(), self.CpuPercent, self.ResidentBytes);
            lock (_machineSamples)
            {
                _machineSamples.Add(machine);
            }
        }
        catch (Exception exception) when (exception is IOException or FormatException)
        {
            // No procfs here: no machine figures.
        }
    }
}
