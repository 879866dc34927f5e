namespace Asivado.Grains.Runtime.Identity;

/// <summary>
/// The identity of one grain: its grain type name and its key, both as strings.
/// Guid keys use the "N" format and long keys the invariant decimal format, so that an identity
/// reads the same in every process and in the database.
/// </summary>
public readonly record struct GrainId
{
    public GrainId(string type, string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrEmpty(key);
        Type = type;
        Key = key;
    }

    public string Type { get; }

    public string Key { get; }

    /// <summary>A hash that is the same in every process and version, for partitioning state and reminders.</summary>
    public uint StableHash => StableHashing.Hash(Type, Key);

    public override string ToString() => $"{Type}/{Key}";
}
