using System.Globalization;

namespace Asivado.LoadTest.Host;

/// <summary>CPU time from /proc/{pid}/stat, in clock ticks (USER_HZ).</summary>
public readonly record struct ProcStat(long UserTicks, long SystemTicks)
{
    public long TotalTicks => UserTicks + SystemTicks;

    /// <summary>Parses the stat line; the command name may hold spaces and parentheses, so fields are counted after the last ')'.</summary>
    public static ProcStat Parse(string text)
    {
        var afterName = text.LastIndexOf(')');
        if (afterName < 0)
        {
            throw new FormatException("/proc stat text has no ')' after the command name.");
        }

        // Fields after the name start at field 3 (state); utime is field 14, stime field 15.
        var fields = text[(afterName + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 13)
        {
            throw new FormatException($"/proc stat text has {fields.Length} fields after the command name; expected at least 13.");
        }

        return new ProcStat(
            long.Parse(fields[11], NumberStyles.None, CultureInfo.InvariantCulture),
            long.Parse(fields[12], NumberStyles.None, CultureInfo.InvariantCulture));
    }
}
