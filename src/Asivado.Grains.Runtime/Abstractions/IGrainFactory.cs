namespace Asivado.Grains.Runtime.Abstractions;

/// <summary>
/// Gives typed references to grains and observers. References are cheap, usable from any thread in the
/// process, and every call on them goes through the runtime (activation, turns, timeouts).
/// </summary>
public interface IGrainFactory
{
    /// <exception cref="ArgumentException">The key is null, empty or white space.</exception>
    /// <exception cref="InvalidOperationException">No grain class implements <typeparamref name="TGrainInterface"/>, or its methods do not all return Task, Task&lt;T&gt;, ValueTask or ValueTask&lt;T&gt;.</exception>
    TGrainInterface GetGrain<TGrainInterface>(string primaryKey)
        where TGrainInterface : IGrainWithStringKey;

    /// <exception cref="ArgumentException">The key is <see cref="Guid.Empty"/>.</exception>
    TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey)
        where TGrainInterface : IGrainWithGuidKey;

    TGrainInterface GetGrain<TGrainInterface>(long primaryKey)
        where TGrainInterface : IGrainWithIntegerKey;

    /// <summary>
    /// Wraps a local observer in a reference that grains can store and call. Calls on the reference run the
    /// observer's method directly (no turn); once deleted, calls on the reference fault with <see cref="ObjectDisposedException"/>.
    /// </summary>
    TObserver CreateObjectReference<TObserver>(TObserver observer)
        where TObserver : class, IGrainObserver;

    /// <summary>Detaches a reference made by <see cref="CreateObjectReference{TObserver}(TObserver)"/>.</summary>
    void DeleteObjectReference<TObserver>(TObserver reference)
        where TObserver : class, IGrainObserver;
}
