using System.Collections.Concurrent;
using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Reminders;

/// <summary>Forwards to a table and records every due-window read with the names of the rows it returned.</summary>
internal sealed class RecordingReminderTable(IReminderTable inner) : IReminderTable
{
    private readonly ConcurrentQueue<Read> _reads = new();

    public IReadOnlyList<Read> Reads => _reads.ToArray();

    public Task<ReminderEntry?> ReadAsync(GrainId grainId, string name, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(grainId, name, cancellationToken);

    public Task<IReadOnlyList<ReminderEntry>> ReadForGrainAsync(GrainId grainId, CancellationToken cancellationToken = default) =>
        inner.ReadForGrainAsync(grainId, cancellationToken);

    public async Task<IReadOnlyList<ReminderEntry>> ReadDueBeforeAsync(DateTimeOffset dueBefore, HashRange range, CancellationToken cancellationToken = default)
    {
        var rows = await inner.ReadDueBeforeAsync(dueBefore, range, cancellationToken);
        _reads.Enqueue(new Read(null, dueBefore, rows.Select(row => row.Name).ToArray()));
        return rows;
    }

    public async Task<IReadOnlyList<ReminderEntry>> ReadDueBetweenAsync(DateTimeOffset dueFrom, DateTimeOffset dueBefore, HashRange range, CancellationToken cancellationToken = default)
    {
        var rows = await inner.ReadDueBetweenAsync(dueFrom, dueBefore, range, cancellationToken);
        _reads.Enqueue(new Read(dueFrom, dueBefore, rows.Select(row => row.Name).ToArray()));
        return rows;
    }

    public Task<string> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default) =>
        inner.UpsertAsync(entry, cancellationToken);

    public Task<string?> AdvanceAsync(GrainId grainId, string name, string expectedETag, DateTimeOffset nextDueAt, CancellationToken cancellationToken = default) =>
        inner.AdvanceAsync(grainId, name, expectedETag, nextDueAt, cancellationToken);

    public Task<bool> RemoveAsync(GrainId grainId, string name, string? expectedETag, CancellationToken cancellationToken = default) =>
        inner.RemoveAsync(grainId, name, expectedETag, cancellationToken);

    public Task<long> CountAsync(HashRange range, CancellationToken cancellationToken = default) =>
        inner.CountAsync(range, cancellationToken);

    /// <summary>One due-window read: <see cref="From"/> is null for a due-before read.</summary>
    public sealed record Read(DateTimeOffset? From, DateTimeOffset Before, IReadOnlyList<string> Names);
}
