using System.Collections.Concurrent;

namespace Asivado.Grains.Cases;

/// <summary>The case's escalation reminders are named "sla:{targetId}"; one string per target, shared by every case.</summary>
internal static class ReminderNames
{
    public const string Prefix = "sla:";

    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);

    public static string For(string targetId) => Names.GetOrAdd(targetId, static id => Prefix + id);
}
