namespace Asivado.Grains.Runtime.Reminders;

/// <summary>
/// Compares reminder entries by identity only (grain and name), so that a set of entries works as a map from
/// <see cref="ReminderKey"/> to the one version held, without a separate key copy per reminder.
/// </summary>
internal sealed class ReminderIdentityComparer : IEqualityComparer<ReminderEntry>, IAlternateEqualityComparer<ReminderKey, ReminderEntry>
{
    public static ReminderIdentityComparer Instance { get; } = new();

    private ReminderIdentityComparer()
    {
    }

    public bool Equals(ReminderEntry? x, ReminderEntry? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.GrainId == y.GrainId && string.Equals(x.Name, y.Name, StringComparison.Ordinal));

    public int GetHashCode(ReminderEntry obj) => Hash(obj.GrainId.Type, obj.GrainId.Key, obj.Name);

    public bool Equals(ReminderKey alternate, ReminderEntry other) =>
        alternate.GrainId == other.GrainId && string.Equals(alternate.Name, other.Name, StringComparison.Ordinal);

    public int GetHashCode(ReminderKey alternate) => Hash(alternate.GrainId.Type, alternate.GrainId.Key, alternate.Name);

    /// <summary>A placeholder entry for the key; sets only store entries they were given, so this is never kept.</summary>
    public ReminderEntry Create(ReminderKey alternate) => new(alternate.GrainId, alternate.Name, default, TimeSpan.Zero);

    private static int Hash(string type, string key, string name) =>
        HashCode.Combine(string.GetHashCode(type, StringComparison.Ordinal), string.GetHashCode(key, StringComparison.Ordinal), string.GetHashCode(name, StringComparison.Ordinal));
}
