namespace Asivado.Grains.Runtime.Abstractions;

/// <summary>
/// Marker for interfaces of local objects that grains call back, such as a connected agent console.
/// Turn one into a reference with <see cref="IGrainFactory.CreateObjectReference{T}(T)"/>.
/// </summary>
public interface IGrainObserver;
