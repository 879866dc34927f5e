namespace Asivado.Orleans.Persistence.Entries;

/// <summary>One entry of a grain's keyed collection as the storage holds it: its key and UTF-8 JSON.</summary>
public sealed record StoredGrainEntry(string Key, byte[] Json);
