namespace Asivado.Grains.Runtime.Reminders;

/// <summary>
/// An inclusive range of <see cref="Identity.GrainId.StableHash"/> values. One silo owns the full range
/// today; the cluster step will split it.
/// </summary>
public readonly record struct HashRange(uint Start, uint End)
{
    public static HashRange Full { get; } = new(uint.MinValue, uint.MaxValue);

    public bool Contains(uint hash) => hash >= Start && hash <= End;
}
