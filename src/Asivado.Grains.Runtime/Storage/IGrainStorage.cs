using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.Storage;

/// <summary>
/// Where grain state lives. Providers store opaque UTF-8 JSON under (state name, grain id) and
/// enforce optimistic concurrency with ETags; keyed collections (<see cref="State.IPersistentDictionary{TValue}"/>)
/// are stored entry by entry under (collection name, grain id, entry key), so that a change to one entry
/// writes that entry only, whatever the size of the collection.
/// </summary>
public interface IGrainStorage
{
    /// <returns>The stored state, or null when no record exists.</returns>
    Task<StoredGrainState?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the state if the stored ETag equals <paramref name="expectedETag"/> (null: no record may exist).
    /// </summary>
    /// <returns>The new ETag.</returns>
    /// <exception cref="InconsistentStateException">The stored ETag differs from the expected one.</exception>
    Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> json, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="WriteAsync(string, GrainId, ReadOnlyMemory{byte}, string?, CancellationToken)"/>, and in the same
    /// transaction writes the entry changes of <paramref name="entries"/> (a log attached to the state, such as a
    /// case's history). The entries may be written even when the state write conflicts: what they belong to is told
    /// by the state (e.g. a count it holds), so readers ignore entries the stored state does not count.
    /// </summary>
    /// <exception cref="InconsistentStateException">The stored ETag differs from the expected one.</exception>
    Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> json, string? expectedETag, IReadOnlyList<GrainEntryWrite> entries, CancellationToken cancellationToken = default);

    /// <summary>Deletes the record if its ETag equals <paramref name="expectedETag"/>; clearing a missing record with a null ETag is a no-op.</summary>
    /// <exception cref="InconsistentStateException">The stored ETag differs from the expected one.</exception>
    Task ClearAsync(string stateName, GrainId grainId, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>Every entry of the collection <paramref name="name"/> of the grain, in no particular order.</summary>
    Task<IReadOnlyList<StoredGrainEntry>> ReadEntriesAsync(string name, GrainId grainId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies the changes to the collection all together or not at all (an entry with null JSON is removed,
    /// removing a missing entry is a no-op). A key appears at most once in <paramref name="changes"/>. Entries carry
    /// no ETags: the one activation of a grain is their only writer.
    /// </summary>
    Task WriteEntriesAsync(string name, GrainId grainId, IReadOnlyList<GrainEntryChange> changes, CancellationToken cancellationToken = default);
}
