namespace Asivado.Orleans.Deadlines.Table;

/// <summary>
/// The total order of deadlines by due instant: UTC ticks, then grain id, then name (ordinal), so that deadlines due
/// at the same instant still have one place each.
/// </summary>
internal static class DeadlineDueOrder
{
    public static int Compare(DeadlineEntry x, DeadlineEntry y)
    {
        var byDue = x.DueAt.UtcTicks.CompareTo(y.DueAt.UtcTicks);
        if (byDue != 0)
        {
            return byDue;
        }

        var byTarget = x.Target.CompareTo(y.Target);
        return byTarget != 0 ? byTarget : string.CompareOrdinal(x.Name, y.Name);
    }
}
