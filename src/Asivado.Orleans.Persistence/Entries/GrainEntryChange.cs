namespace Asivado.Orleans.Persistence.Entries;

/// <summary>A change to one entry of a grain's keyed collection: the new UTF-8 JSON, or null to remove the entry.</summary>
public sealed record GrainEntryChange(string Key, byte[]? Json)
{
    public bool IsRemoval => Json is null;
}
