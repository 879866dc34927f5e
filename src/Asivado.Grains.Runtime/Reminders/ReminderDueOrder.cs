namespace Asivado.Grains.Runtime.Reminders;

/// <summary>
/// The total order of reminders by due instant: UTC ticks, then grain type, grain key and name (ordinal), so that
/// reminders due at the same instant still have one place each.
/// </summary>
internal static class ReminderDueOrder
{
    public static int Compare(ReminderEntry x, ReminderEntry y)
    {
        var byDue = x.DueAt.UtcTicks.CompareTo(y.DueAt.UtcTicks);
        if (byDue != 0 || ReferenceEquals(x, y))
        {
            return byDue;
        }

        var byType = string.CompareOrdinal(x.GrainId.Type, y.GrainId.Type);
        if (byType != 0)
        {
            return byType;
        }

        var byKey = string.CompareOrdinal(x.GrainId.Key, y.GrainId.Key);
        return byKey != 0 ? byKey : string.CompareOrdinal(x.Name, y.Name);
    }
}
