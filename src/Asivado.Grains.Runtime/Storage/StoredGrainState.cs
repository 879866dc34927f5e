namespace Asivado.Grains.Runtime.Storage;

/// <summary>A grain's persisted state as the provider holds it: UTF-8 JSON and the ETag of that version.</summary>
public sealed record StoredGrainState(byte[] Json, string ETag);
