using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.Reminders;

/// <summary>
/// Durable storage for reminders. The scheduler writes on change and reads only what falls due soon;
/// it never polls per reminder.
/// </summary>
public interface IReminderTable
{
    Task<ReminderEntry?> ReadAsync(GrainId grainId, string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ReminderEntry>> ReadForGrainAsync(GrainId grainId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reminders in <paramref name="range"/> whose <see cref="ReminderEntry.DueAt"/> is before <paramref name="dueBefore"/>,
    /// in due order: everything overdue included. The exact scheduler reads this once, at start-up; the polling
    /// baseline at every poll.
    /// </summary>
    Task<IReadOnlyList<ReminderEntry>> ReadDueBeforeAsync(DateTimeOffset dueBefore, HashRange range, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reminders in <paramref name="range"/> whose <see cref="ReminderEntry.DueAt"/> is at or after <paramref name="dueFrom"/>
    /// and before <paramref name="dueBefore"/>, in due order; none when <paramref name="dueFrom"/> is not before
    /// <paramref name="dueBefore"/>. The scheduler's periodic re-read uses it to load only the part of its look-ahead
    /// window it has not loaded yet, so a table should answer it as a range read, not a scan. The default
    /// implementation filters <see cref="ReadDueBeforeAsync"/>, which is correct but reads the whole window.
    /// </summary>
    async Task<IReadOnlyList<ReminderEntry>> ReadDueBetweenAsync(DateTimeOffset dueFrom, DateTimeOffset dueBefore, HashRange range, CancellationToken cancellationToken = default)
    {
        if (dueFrom >= dueBefore)
        {
            return [];
        }

        var dueBeforeEnd = await ReadDueBeforeAsync(dueBefore, range, cancellationToken).ConfigureAwait(false);
        return dueBeforeEnd.Where(entry => entry.DueAt >= dueFrom).ToList();
    }

    /// <summary>Inserts or replaces the reminder (grain id, name). The entry's ETag is ignored.</summary>
    /// <returns>The new ETag.</returns>
    Task<string> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a reminder to its next due instant after it fired, only if it is still the version that fired.
    /// </summary>
    /// <returns>The new ETag, or null when the reminder was changed or removed meanwhile.</returns>
    Task<string?> AdvanceAsync(GrainId grainId, string name, string expectedETag, DateTimeOffset nextDueAt, CancellationToken cancellationToken = default);

    /// <summary>Removes the reminder; with an ETag, only if it is still that version.</summary>
    /// <returns>True when a row was removed.</returns>
    Task<bool> RemoveAsync(GrainId grainId, string name, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>The number of stored reminders in <paramref name="range"/>.</summary>
    Task<long> CountAsync(HashRange range, CancellationToken cancellationToken = default);
}
