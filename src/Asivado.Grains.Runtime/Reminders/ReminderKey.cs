using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.Reminders;

/// <summary>What identifies a reminder: its grain and its name.</summary>
internal readonly record struct ReminderKey(GrainId GrainId, string Name)
{
    public static ReminderKey Of(ReminderEntry entry) => new(entry.GrainId, entry.Name);
}
