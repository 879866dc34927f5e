namespace Asivado.LoadTest.Host;

/// <summary>
/// Samples a local process's CPU and memory from procfs. CPU % is the process's CPU time between two
/// samples over the wall time between them (so 200 means two cores busy). Linux only.
/// </summary>
public sealed class HostProcessSampler
{
    /// <summary>USER_HZ: the unit of /proc CPU times; 100 on every mainstream Linux build.</summary>
    public const int ClockTicksPerSecond = 100;

    private readonly string _processDirectory;
    private readonly TimeProvider _timeProvider;
    private readonly long _start;
    private long _lastTimestamp;
    private long _lastTicks;

    public HostProcessSampler(int pid, TimeProvider timeProvider, string procRoot = "/proc")
    {
        _processDirectory = Path.Combine(procRoot, pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!Directory.Exists(_processDirectory))
        {
            throw new ArgumentException($"No process {pid}: {_processDirectory} does not exist.", nameof(pid));
        }

        _timeProvider = timeProvider;
        _start = _lastTimestamp = timeProvider.GetTimestamp();
        _lastTicks = ReadStat().TotalTicks;
    }

    public HostSample Sample()
    {
        var now = _timeProvider.GetTimestamp();
        var ticks = ReadStat().TotalTicks;
        var wall = _timeProvider.GetElapsedTime(_lastTimestamp, now).TotalSeconds;
        var cpu = wall > 0 ? (ticks - _lastTicks) / (double)ClockTicksPerSecond / wall * 100 : 0;
        _lastTimestamp = now;
        _lastTicks = ticks;
        var resident = ProcStatus.ParseResidentBytes(File.ReadAllText(Path.Combine(_processDirectory, "status")));
        return new HostSample(_timeProvider.GetElapsedTime(_start, now).TotalSeconds, cpu, resident);
    }

    private ProcStat ReadStat() => ProcStat.Parse(File.ReadAllText(Path.Combine(_processDirectory, "stat")));
}
