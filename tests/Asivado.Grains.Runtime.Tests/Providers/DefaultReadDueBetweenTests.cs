using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Providers;

/// <summary>A table written before ReadDueBetweenAsync existed still compiles and answers it, through the interface's default.</summary>
public sealed class DefaultReadDueBetweenTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_default_filters_the_due_before_read_to_the_window()
    {
        var inner = new MemoryReminderTable();
        var grain = new GrainId("case", "1");
        await inner.UpsertAsync(new ReminderEntry(grain, "before", Noon.AddTicks(-1), TimeSpan.Zero));
        await inner.UpsertAsync(new ReminderEntry(grain, "start", Noon, TimeSpan.Zero));
        await inner.UpsertAsync(new ReminderEntry(grain, "inside", Noon.AddSeconds(1), TimeSpan.Zero));
        await inner.UpsertAsync(new ReminderEntry(grain, "end", Noon.AddSeconds(2), TimeSpan.Zero));
        IReminderTable table = new DueBeforeOnlyTable(inner);

        Assert.Equal(["start", "inside"], (await table.ReadDueBetweenAsync(Noon, Noon.AddSeconds(2), HashRange.Full)).Select(e => e.Name));
        Assert.Empty(await table.ReadDueBetweenAsync(Noon.AddSeconds(2), Noon, HashRange.Full));
    }

    private sealed class DueBeforeOnlyTable(IReminderTable inner) : IReminderTable
    {
        public Task<ReminderEntry?> ReadAsync(GrainId grainId, string name, CancellationToken cancellationToken = default) => inner.ReadAsync(grainId, name, cancellationToken);

        public Task<IReadOnlyList<ReminderEntry>> ReadForGrainAsync(GrainId grainId, CancellationToken cancellationToken = default) => inner.ReadForGrainAsync(grainId, cancellationToken);

        public Task<IReadOnlyList<ReminderEntry>> ReadDueBeforeAsync(DateTimeOffset dueBefore, HashRange range, CancellationToken cancellationToken = default) =>
            inner.ReadDueBeforeAsync(dueBefore, range, cancellationToken);

        public Task<string> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default) => inner.UpsertAsync(entry, cancellationToken);

        public Task<string?> AdvanceAsync(GrainId grainId, string name, string expectedETag, DateTimeOffset nextDueAt, CancellationToken cancellationToken = default) =>
            inner.AdvanceAsync(grainId, name, expectedETag, nextDueAt, cancellationToken);

        public Task<bool> RemoveAsync(GrainId grainId, string name, string? expectedETag, CancellationToken cancellationToken = default) =>
            inner.RemoveAsync(grainId, name, expectedETag, cancellationToken);

        public Task<long> CountAsync(HashRange range, CancellationToken cancellationToken = default) => inner.CountAsync(range, cancellationToken);
    }
}
