using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.Storage;

/// <summary>
/// Where grain state lives. Providers store opaque UTF-8 JSON under (state name, grain id) and
/// enforce optimistic concurrency with ETags.
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

    /// <summary>Deletes the record if its ETag equals <paramref name="expectedETag"/>; clearing a missing record with a null ETag is a no-op.</summary>
    /// <exception cref="InconsistentStateException">The stored ETag differs from the expected one.</exception>
    Task ClearAsync(string stateName, GrainId grainId, string? expectedETag, CancellationToken cancellationToken = default);
}
