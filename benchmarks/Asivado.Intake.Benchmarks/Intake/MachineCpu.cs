using System.Globalization;
using Asivado.LoadTest.Host;

namespace Asivado.Intake.Benchmarks.Intake;

/// <summary>
/// CPU time of the whole machine (/proc/stat) and of every PostgreSQL server process (/proc/*/stat named
/// "postgres"), in clock ticks, so that a step can say who used the cores. Linux only.
/// </summary>
internal readonly record struct MachineCpu(long BusyTicks, long TotalTicks, long PostgresTicks)
{
    public static MachineCpu Read()
    {
        // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = fields.Skip(1).Take(8).Select(value => long.Parse(value, CultureInfo.InvariantCulture)).ToArray();
        var idle = values[3] + values[4];
        return new MachineCpu(values.Sum() - idle, values.Sum(), ReadPostgresTicks());
    }

    /// <returns>Busy share of all cores in percent of one core (200 = both cores of a 2-core machine), and PostgreSQL's part of it.</returns>
    public static (double BusyPercent, double PostgresPercent) Between(MachineCpu before, MachineCpu after, TimeSpan wall)
    {
        var total = after.TotalTicks - before.TotalTicks;
        var busyShare = total == 0 ? 0 : (after.BusyTicks - before.BusyTicks) / (double)total;
        var postgres = (after.PostgresTicks - before.PostgresTicks) / (double)HostProcessSampler.ClockTicksPerSecond / wall.TotalSeconds;
        return (busyShare * Environment.ProcessorCount * 100, postgres * 100);
    }

    // Server processes that ended in between (a closed connection's backend) are not counted: a lower bound.
    private static long ReadPostgresTicks()
    {
        long ticks = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!char.IsAsciiDigit(Path.GetFileName(directory)[0]))
            {
                continue;
            }

            try
            {
                var text = File.ReadAllText(Path.Combine(directory, "stat"));
                if (text.Contains("(postgres)", StringComparison.Ordinal))
                {
                    ticks += ProcStat.Parse(text).TotalTicks;
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        return ticks;
    }
}
