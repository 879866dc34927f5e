using Asivado.LoadTest.Host;

namespace Asivado.LoadTest.Database;

/// <summary>
/// CPU time of a database's server processes (backends, by pid from pg_stat_activity) read from /proc, so it only
/// sees a server on this machine. A backend first seen counts with all its CPU time (it was started for this
/// database); one that ended between two readings loses its last interval, so the figure is a lower bound.
/// </summary>
public sealed class BackendCpuMeter(string procRoot = "/proc")
{
    private readonly Dictionary<int, long> _ticks = [];

    /// <summary>True once a pid was found in procfs as a postgres process (false: the server is not on this machine).</summary>
    public bool SeesServer { get; private set; }

    /// <returns>Clock ticks (USER_HZ) the processes used since the previous call.</returns>
    public long Advance(IEnumerable<int> pids)
    {
        long delta = 0;
        var seen = new HashSet<int>();
        foreach (var pid in pids)
        {
            if (ReadTicks(procRoot, pid) is not { } ticks)
            {
                continue;
            }

            SeesServer = true;
            seen.Add(pid);
            delta += ticks - _ticks.GetValueOrDefault(pid);
            _ticks[pid] = ticks;
        }

        foreach (var gone in _ticks.Keys.Where(pid => !seen.Contains(pid)).ToList())
        {
            _ticks.Remove(gone);
        }

        return delta;
    }

    /// <summary>CPU ticks of every postgres process on the machine (all databases and the server's own workers).</summary>
    public static long ServerTicks(string procRoot = "/proc")
    {
        long ticks = 0;
        foreach (var directory in Directory.EnumerateDirectories(procRoot))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && ReadTicks(procRoot, pid) is { } value)
            {
                ticks += value;
            }
        }

        return ticks;
    }

    private static long? ReadTicks(string procRoot, int pid)
    {
        try
        {
            var text = File.ReadAllText(Path.Combine(procRoot, pid.ToString(System.Globalization.CultureInfo.InvariantCulture), "stat"));
            return text.Contains("(postgres)", StringComparison.Ordinal) ? ProcStat.Parse(text).TotalTicks : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return null; // Ended while being read, or not readable.
        }
    }
}
