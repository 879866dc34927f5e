using System.Globalization;

namespace Asivado.LoadTest.Host;

/// <summary>Memory figures from /proc/{pid}/status.</summary>
public static class ProcStatus
{
    /// <summary>Resident set size in bytes, from the "VmRSS:   123 kB" line.</summary>
    public static long ParseResidentBytes(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (!line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                continue;
            }

            var value = line["VmRSS:".Length..].Trim();
            if (!value.EndsWith(" kB", StringComparison.Ordinal))
            {
                throw new FormatException($"VmRSS line has no kB unit: '{line}'.");
            }

            return long.Parse(value[..^3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture) * 1024;
        }

        throw new FormatException("/proc status text has no VmRSS line (is the process a zombie or a kernel thread?).");
    }
}
