namespace Asivado.Orleans.Persistence.Entries;

/// <summary>
/// Where the keyed collections of grains (<see cref="Collections.IPersistentDictionary{TValue}"/>) live: entries are
/// stored one by one under (collection name, grain id, entry key), so a change to one entry writes that entry only,
/// whatever the size of the collection. Orleans' <c>IGrainStorage</c> writes a state whole; a department's open
/// cases or an agent's console feed would then cost more with every entry.
/// </summary>
public interface IGrainEntryStorage
{
    /// <summary>Every entry of the collection <paramref name="name"/> of the grain, in no particular order.</summary>
    Task<IReadOnlyList<StoredGrainEntry>> ReadEntriesAsync(string name, GrainId grainId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies the changes to the collection all together or not at all (an entry with null JSON is removed,
    /// removing a missing entry is a no-op). A key appears at most once in <paramref name="changes"/>. Entries carry
    /// no ETags: the one activation of a grain is their only writer.
    /// </summary>
    Task WriteEntriesAsync(string name, GrainId grainId, IReadOnlyList<GrainEntryChange> changes, CancellationToken cancellationToken = default);
}
