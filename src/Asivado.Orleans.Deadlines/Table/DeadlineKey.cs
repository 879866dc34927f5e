namespace Asivado.Orleans.Deadlines.Table;

/// <summary>What identifies a deadline: its grain and its name (ordinal).</summary>
internal readonly record struct DeadlineKey(GrainId Target, string Name)
{
    public static DeadlineKey Of(DeadlineEntry entry) => new(entry.Target, entry.Name);
}
