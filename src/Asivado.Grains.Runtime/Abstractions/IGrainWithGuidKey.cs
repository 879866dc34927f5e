namespace Asivado.Grains.Runtime.Abstractions;

/// <summary>A grain identified by a non-empty <see cref="Guid"/> (stored in the "N" format).</summary>
public interface IGrainWithGuidKey : IGrain;
