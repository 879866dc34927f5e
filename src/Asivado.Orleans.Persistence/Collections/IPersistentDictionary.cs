namespace Asivado.Orleans.Persistence.Collections;

/// <summary>
/// A grain's keyed collection, persisted entry by entry in <see cref="Entries.IGrainEntryStorage"/>: writing it
/// stores only the entries set or removed since the last write, so its cost does not grow with its size (a
/// department's open cases, an agent's console feed). Inject it into a grain constructor with
/// <see cref="PersistentDictionaryAttribute"/>; every entry is loaded before <c>OnActivateAsync</c>.
/// Reads see changes at once; they are durable once <see cref="WriteChangesAsync"/> completes.
/// </summary>
public interface IPersistentDictionary<TValue> : IReadOnlyDictionary<string, TValue>
{
    /// <summary>How many entries were set or removed since the last write began.</summary>
    int PendingChanges { get; }

    /// <summary>Adds or replaces the entry; also call it after changing a stored value in place.</summary>
    void Set(string key, TValue value);

    /// <returns>True when the entry existed.</returns>
    bool Remove(string key);

    /// <summary>
    /// Writes every entry set or removed since the last write began, all together; completes at once when there is none.
    /// Values are serialised when the write begins. If it fails, the changes stay pending for the next write.
    /// </summary>
    Task WriteChangesAsync(CancellationToken cancellationToken = default);
}
