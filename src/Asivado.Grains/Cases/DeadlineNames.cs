using System.Collections.Concurrent;

namespace Asivado.Grains.Cases;

/// <summary>The case's escalation deadlines are named "sla:{targetId}"; one string per target, shared by every case.</summary>
internal static class DeadlineNames
{
    public const string Prefix = "sla:";

    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);

    public static string For(string targetId) => Names.GetOrAdd(targetId, static id => Prefix + id);
}
