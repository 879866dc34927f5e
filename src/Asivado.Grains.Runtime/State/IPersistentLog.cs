namespace Asivado.Grains.Runtime.State;

/// <summary>
/// An append-only log of a grain (a case's history), stored entry by entry and never held in memory: entries are
/// staged with <see cref="Append"/> and written with the next <c>WriteStateAsync</c> of the state the log is attached
/// to, in the same transaction (<see cref="PersistentLogAttribute.AttachedTo"/>); <see cref="ReadAsync"/> reads them
/// back from storage. The grain numbers the entries and keeps their count in that state: entries numbered beyond it
/// (written with a state write that then conflicted) are not the log's and are overwritten by the next append.
/// </summary>
public interface IPersistentLog<TEntry>
{
    /// <summary>How many entries wait for the next write of the attached state.</summary>
    int PendingCount { get; }

    /// <summary>Stages entry <paramref name="sequence"/> (1, 2, 3…) for the next write of the attached state.</summary>
    void Append(long sequence, TEntry entry);

    /// <summary>Drops the staged entries (the change they belonged to was given up).</summary>
    void DiscardPending();

    /// <summary>The stored entries numbered 1 to <paramref name="count"/>, in order.</summary>
    Task<IReadOnlyList<TEntry>> ReadAsync(long count, CancellationToken cancellationToken = default);
}
