using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines.Tests.Scheduling;

/// <summary>A memory table that records its due-window reads and can fail the next ones.</summary>
internal sealed class RecordingTable(IDeadlineTable inner) : IDeadlineTable
{
    private readonly Lock _lock = new();
    private readonly List<(DateTimeOffset From, DateTimeOffset Before, DeadlineRange Range)> _reads = [];
    private int _failReads;

    public IReadOnlyList<(DateTimeOffset From, DateTimeOffset Before, DeadlineRange Range)> Reads
    {
        get
        {
            lock (_lock)
            {
                return [.. _reads];
            }
        }
    }

    public void FailNextReads(int count) => Volatile.Write(ref _failReads, count);

    public Task<IReadOnlyList<DeadlineEntry>> ReadForGrainAsync(GrainId target, CancellationToken cancellationToken = default) => inner.ReadForGrainAsync(target, cancellationToken);

    public Task<IReadOnlyList<DeadlineEntry>> ReadDueBetweenAsync(DateTimeOffset dueFrom, DateTimeOffset dueBefore, DeadlineRange range, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Decrement(ref _failReads) >= 0)
        {
            throw new InvalidOperationException("The table is down (test).");
        }

        lock (_lock)
        {
            _reads.Add((dueFrom, dueBefore, range));
        }

        return inner.ReadDueBetweenAsync(dueFrom, dueBefore, range, cancellationToken);
    }

    public Task<int> ApplyAsync(GrainId target, IReadOnlyList<ScheduledDeadline> schedule, IReadOnlyList<string> cancel, CancellationToken cancellationToken = default) =>
        inner.ApplyAsync(target, schedule, cancel, cancellationToken);

    public Task<bool> RemoveFiredAsync(GrainId target, string name, DateTimeOffset dueAt, CancellationToken cancellationToken = default) =>
        inner.RemoveFiredAsync(target, name, dueAt, cancellationToken);

    public Task<long> CountAsync(DeadlineRange range, CancellationToken cancellationToken = default) => inner.CountAsync(range, cancellationToken);
}
