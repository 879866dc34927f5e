using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.Reminders;

/// <summary>
/// A reminder table that holds its entries in process memory and hands out the very instances it holds, so the
/// scheduler keeps those rather than a second copy of every pending reminder. The calls complete synchronously.
/// </summary>
internal interface ISharedEntryReminderTable
{
    /// <summary><see cref="IReminderTable.UpsertAsync"/>, returning the stored entry with its new ETag.</summary>
    ReminderEntry Upsert(ReminderEntry entry);

    /// <summary><see cref="IReminderTable.AdvanceAsync"/>, returning the stored entry, or null when the reminder changed meanwhile.</summary>
    ReminderEntry? Advance(GrainId grainId, string name, string expectedETag, DateTimeOffset nextDueAt);
}
