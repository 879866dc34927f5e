namespace Asivado.Grains.Runtime.Abstractions;

/// <summary>A grain identified by a non-empty string.</summary>
public interface IGrainWithStringKey : IGrain;
