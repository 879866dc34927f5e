namespace Asivado.Grains.Runtime.Storage;

/// <summary>One entry of a grain's keyed collection as the provider holds it: its key and UTF-8 JSON.</summary>
public sealed record StoredGrainEntry(string Key, byte[] Json);
