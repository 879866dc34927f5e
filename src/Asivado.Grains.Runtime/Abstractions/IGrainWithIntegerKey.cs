namespace Asivado.Grains.Runtime.Abstractions;

/// <summary>A grain identified by a <see cref="long"/> (stored in the invariant decimal format).</summary>
public interface IGrainWithIntegerKey : IGrain;
