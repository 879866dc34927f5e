using Asivado.Testing;
using Orleans.Storage;

namespace Asivado.Grains.Tests.Organisation;

/// <summary>The test host's memory storage, except that write number <see cref="FailWrite"/> of state <paramref name="stateName"/> fails (once): a silo lost mid-write.</summary>
internal sealed class FailingWritesStorage(DurableMemoryGrainStorage inner, string stateName) : IGrainStorage
{
    private int _writes;

    /// <summary>1-based; 0 fails none.</summary>
    public int FailWrite { get; set; }

    public Task ReadStateAsync<T>(string name, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(name, grainId, grainState);

    public Task WriteStateAsync<T>(string name, GrainId grainId, IGrainState<T> grainState) =>
        name == stateName && Interlocked.Increment(ref _writes) == FailWrite
            ? Task.FromException(new IOException($"Write {FailWrite} of '{stateName}' lost."))
            : inner.WriteStateAsync(name, grainId, grainState);

    public Task ClearStateAsync<T>(string name, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(name, grainId, grainState);
}
