namespace Asivado.Grains.Departments;

/// <summary>The queue's order: soonest deadline first, cases without a deadline last, then oldest first, then by case id.</summary>
internal sealed class QueueOrder : IComparer<QueueEntry>
{
    public static readonly QueueOrder Instance = new();

    public static bool IsQueued(QueueEntry? entry) => entry is { AssigneeId: null };

    public int Compare(QueueEntry? x, QueueEntry? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var byDue = (x.NextDueAt, y.NextDueAt) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            var (a, b) => a.Value.CompareTo(b.Value),
        };
        if (byDue != 0)
        {
            return byDue;
        }

        var byReceived = x.ReceivedAt.CompareTo(y.ReceivedAt);
        return byReceived != 0 ? byReceived : string.CompareOrdinal(x.CaseId, y.CaseId);
    }
}
