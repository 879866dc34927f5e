using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Reminders.Polling;

/// <summary>
/// Forwards to a table and counts due-window reads; while <see cref="Gate"/> is set, a due-before read takes its rows
/// at once but returns them only when the gate opens, so a test can change the table between a poll's read and its claim.
/// While <see cref="FailuresLeft"/> is positive, a due-before read throws instead.
/// </summary>
internal sealed class GatedReminderTable(IReminderTable inner) : IReminderTable
{
    private int _dueReads;

    public TaskCompletionSource? Gate { get; set; }

    public int DueReads => Volatile.Read(ref _dueReads);

    public int FailuresLeft { get; set; }

    public Task<ReminderEntry?> ReadAsync(GrainId grainId, string name, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(grainId, name, cancellationToken);

    public Task<IReadOnlyList<ReminderEntry>> ReadForGrainAsync(GrainId grainId, CancellationToken cancellationToken = default) =>
        inner.ReadForGrainAsync(grainId, cancellationToken);

    public async Task<IReadOnlyList<ReminderEntry>> ReadDueBeforeAsync(DateTimeOffset dueBefore, HashRange range, CancellationToken cancellationToken = default)
    {
        if (FailuresLeft > 0)
        {
            FailuresLeft--;
            throw new InvalidOperationException("database unavailable");
        }

        var rows = await inner.ReadDueBeforeAsync(dueBefore, range, cancellationToken);
        Interlocked.Increment(ref _dueReads);
        if (Gate is { } gate)
        {
            await gate.Task;
        }

        return rows;
    }

    public Task<IReadOnlyList<ReminderEntry>> ReadDueBetweenAsync(DateTimeOffset dueFrom, DateTimeOffset dueBefore, HashRange range, CancellationToken cancellationToken = default) =>
        inner.ReadDueBetweenAsync(dueFrom, dueBefore, range, cancellationToken);

    public Task<string> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default) =>
        inner.UpsertAsync(entry, cancellationToken);

    public Task<string?> AdvanceAsync(GrainId grainId, string name, string expectedETag, DateTimeOffset nextDueAt, CancellationToken cancellationToken = default) =>
        inner.AdvanceAsync(grainId, name, expectedETag, nextDueAt, cancellationToken);

    public Task<bool> RemoveAsync(GrainId grainId, string name, string? expectedETag, CancellationToken cancellationToken = default) =>
        inner.RemoveAsync(grainId, name, expectedETag, cancellationToken);

    public Task<long> CountAsync(HashRange range, CancellationToken cancellationToken = default) =>
        inner.CountAsync(range, cancellationToken);
}
