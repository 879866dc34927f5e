namespace Asivado.Gateway.Hosting;

/// <summary>Which storage the grains were given ("memory" or "postgresql", with its schema), for the start-up log.</summary>
public sealed record GrainProvidersInUse(string Kind, string? Schema);
