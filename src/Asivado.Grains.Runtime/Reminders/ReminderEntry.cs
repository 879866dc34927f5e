using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.Reminders;

/// <summary>
/// A durable reminder as the reminder table holds it.
/// </summary>
/// <param name="GrainId">The grain the reminder wakes.</param>
/// <param name="Name">Unique per grain.</param>
/// <param name="DueAt">The next instant the reminder fires.</param>
/// <param name="Period">Zero for a one-shot reminder; otherwise the interval between firings.</param>
/// <param name="ETag">The stored version; null for an entry not yet written.</param>
public sealed record ReminderEntry(GrainId GrainId, string Name, DateTimeOffset DueAt, TimeSpan Period, string? ETag = null)
{
    public bool IsOneShot => Period == TimeSpan.Zero;
}
