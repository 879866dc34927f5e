namespace Asivado.Orleans.Deadlines.Table;

/// <summary>
/// Durable storage of pending deadlines, indexed by due instant within ring ranges. The deadline service writes on
/// change and reads only what falls due within its look-ahead window; it never polls per deadline.
/// </summary>
public interface IDeadlineTable
{
    Task<IReadOnlyList<DeadlineEntry>> ReadForGrainAsync(GrainId target, CancellationToken cancellationToken = default);

    /// <summary>
    /// The deadlines in <paramref name="range"/> due at or after <paramref name="dueFrom"/> and before
    /// <paramref name="dueBefore"/>, in due order (<see cref="DateTimeOffset.MinValue"/> as <paramref name="dueFrom"/>
    /// reads everything overdue too); none when <paramref name="dueFrom"/> is not before <paramref name="dueBefore"/>.
    /// A table answers it as an index range read, not a scan.
    /// </summary>
    Task<IReadOnlyList<DeadlineEntry>> ReadDueBetweenAsync(DateTimeOffset dueFrom, DateTimeOffset dueBefore, DeadlineRange range, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts or moves <paramref name="schedule"/> and deletes <paramref name="cancel"/> for one grain, all together
    /// or not at all. A name appears at most once across both lists.
    /// </summary>
    /// <returns>How many of <paramref name="cancel"/> existed.</returns>
    Task<int> ApplyAsync(GrainId target, IReadOnlyList<ScheduledDeadline> schedule, IReadOnlyList<string> cancel, CancellationToken cancellationToken = default);

    /// <summary>Deletes the deadline after it fired, only while it is still due at <paramref name="dueAt"/> (not moved meanwhile).</summary>
    /// <returns>True when a row was deleted.</returns>
    Task<bool> RemoveFiredAsync(GrainId target, string name, DateTimeOffset dueAt, CancellationToken cancellationToken = default);

    /// <summary>The number of pending deadlines in <paramref name="range"/>.</summary>
    Task<long> CountAsync(DeadlineRange range, CancellationToken cancellationToken = default);
}
