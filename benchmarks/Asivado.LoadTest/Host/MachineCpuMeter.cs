using System.Globalization;

namespace Asivado.LoadTest.Host;

/// <summary>The whole machine's busy CPU from /proc/stat between two readings, in percent of one core (200 = both cores of a 2-core machine).</summary>
public sealed class MachineCpuMeter(string procRoot = "/proc")
{
    private (long Busy, long Total)? _last;

    /// <returns>Busy percent since the previous call; 0 on the first.</returns>
    public double Sample() => Advance(File.ReadLines(Path.Combine(procRoot, "stat")).First());

    /// <param name="cpuLine">The "cpu  user nice system idle iowait irq softirq steal …" line.</param>
    public double Advance(string cpuLine)
    {
        var values = cpuLine.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(value => long.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        if (values.Length < 5)
        {
            throw new FormatException($"/proc/stat cpu line has {values.Length} values; expected at least 5.");
        }

        var total = values.Sum();
        var busy = total - values[3] - values[4];
        var previous = _last;
        _last = (busy, total);
        if (previous is not { } before || total == before.Total)
        {
            return 0;
        }

        return (busy - before.Busy) / (double)(total - before.Total) * Environment.ProcessorCount * 100;
    }
}
