namespace Asivado.Grains.Runtime.Abstractions;

/// <summary>Marker for grain interfaces. Derive from one of the keyed interfaces, not from this one directly.</summary>
public interface IGrain;
