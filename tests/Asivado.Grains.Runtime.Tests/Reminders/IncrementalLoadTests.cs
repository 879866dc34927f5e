using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Reminders;

public sealed class IncrementalLoadTests
{
    private static readonly DateTimeOffset Start = ReminderTestHarness.Start;

    [Fact]
    public async Task Each_re_read_covers_only_the_part_of_the_window_not_loaded_yet()
    {
        using var harness = new ReminderTestHarness();
        harness.Options.LookAhead = TimeSpan.FromMinutes(1);
        var table = new RecordingReminderTable(harness.Table);
        await table.UpsertAsync(new ReminderEntry(ReminderTestHarness.Case("0"), "overdue", Start.AddDays(-1), TimeSpan.Zero));
        var service = await harness.StartServiceAsync(table);
        foreach (var seconds in new[] { 10, 50, 70, 100, 130 })
        {
            await service.RegisterOrUpdateAsync(ReminderTestHarness.Case(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"at-{seconds}", Start.AddSeconds(seconds), TimeSpan.Zero);
        }

        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(30));
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(30));
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(30));

        Assert.Equal(
            [
                new RecordingReminderTable.Read(null, Start.AddSeconds(60), ["overdue"]),
                new RecordingReminderTable.Read(Start.AddSeconds(60), Start.AddSeconds(90), ["at-70"]),
                new RecordingReminderTable.Read(Start.AddSeconds(90), Start.AddSeconds(120), ["at-100"]),
                new RecordingReminderTable.Read(Start.AddSeconds(120), Start.AddSeconds(150), ["at-130"]),
            ],
            table.Reads,
            ReadComparer.Instance);
        Assert.Equal(["overdue", "at-10", "at-50", "at-70"], harness.Dispatcher.Names);

        await harness.AdvanceToAsync(service, Start.AddSeconds(130));
        Assert.Equal(["overdue", "at-10", "at-50", "at-70", "at-100", "at-130"], harness.Dispatcher.Names);
        Assert.Equal([Start.AddDays(-1), Start.AddSeconds(10), Start.AddSeconds(50), Start.AddSeconds(70), Start.AddSeconds(100), Start.AddSeconds(130)], harness.Dispatcher.Dispatches.Select(d => d.Reminder.DueAt));
    }

    [Fact]
    public async Task A_clock_jump_reads_everything_from_the_previous_horizon_so_nothing_in_between_is_skipped()
    {
        using var harness = new ReminderTestHarness();
        var table = new RecordingReminderTable(harness.Table);
        var service = await harness.StartServiceAsync(table);
        var grain = ReminderTestHarness.Case("1");
        await harness.Table.UpsertAsync(new ReminderEntry(grain, "written-elsewhere", Start.AddMinutes(7), TimeSpan.Zero));

        await harness.AdvanceAsync(service, TimeSpan.FromMinutes(10));

        // However the clock's timers step through the jump, each read starts where the previous one ended.
        var reads = table.Reads;
        Assert.Null(reads[0].From);
        Assert.Equal(reads.SkipLast(1).Select(read => (DateTimeOffset?)read.Before), reads.Skip(1).Select(read => read.From));
        Assert.Equal(Start.AddMinutes(11), reads[^1].Before);
        Assert.Equal(["written-elsewhere"], reads.SelectMany(read => read.Names));
        var dispatch = Assert.Single(harness.Dispatcher.Dispatches);
        Assert.Equal(Start.AddMinutes(7), dispatch.Reminder.DueAt);
    }

    [Fact]
    public async Task A_failed_re_read_is_repeated_from_the_same_horizon()
    {
        using var harness = new ReminderTestHarness();
        var failing = new FailingOnceReminderTable(harness.Table);
        var table = new RecordingReminderTable(failing);
        var service = await harness.StartServiceAsync(table);
        await harness.Table.UpsertAsync(new ReminderEntry(ReminderTestHarness.Case("1"), "at-80", Start.AddSeconds(80), TimeSpan.Zero));

        failing.FailNextRead = true;
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(30));
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(30));

        Assert.Equal([Start.AddSeconds(60)], table.Reads.Skip(1).Select(read => read.From));
        Assert.Equal(Start.AddSeconds(120), table.Reads[1].Before);
        await harness.AdvanceToAsync(service, Start.AddSeconds(80));
        Assert.Equal(["at-80"], harness.Dispatcher.Names);
    }

    [Fact]
    public async Task The_scheduler_fires_the_very_entry_the_memory_table_holds_rather_than_a_copy()
    {
        using var harness = new ReminderTestHarness();
        var service = await harness.StartServiceAsync();
        var grain = ReminderTestHarness.Case("1");
        var registered = await service.RegisterOrUpdateAsync(grain, "respond", Start.AddSeconds(5), TimeSpan.FromSeconds(10));
        var held = await harness.Table.ReadAsync(grain, "respond");

        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(5));
        var advanced = await harness.Table.ReadAsync(grain, "respond");
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(10));

        Assert.Same(held, registered);
        Assert.Same(held, harness.Dispatcher.Dispatches[0].Reminder);
        Assert.Same(advanced, harness.Dispatcher.Dispatches[1].Reminder);
        Assert.Equal(Start.AddSeconds(15), advanced!.DueAt);
    }

    /// <summary>Throws on the next due-window read once when told to.</summary>
    private sealed class FailingOnceReminderTable(MemoryReminderTable inner) : IReminderTable
    {
        public bool FailNextRead { get; set; }

        public Task<ReminderEntry?> ReadAsync(Runtime.Identity.GrainId grainId, string name, CancellationToken cancellationToken = default) => inner.ReadAsync(grainId, name, cancellationToken);

        public Task<IReadOnlyList<ReminderEntry>> ReadForGrainAsync(Runtime.Identity.GrainId grainId, CancellationToken cancellationToken = default) => inner.ReadForGrainAsync(grainId, cancellationToken);

        public Task<IReadOnlyList<ReminderEntry>> ReadDueBeforeAsync(DateTimeOffset dueBefore, HashRange range, CancellationToken cancellationToken = default) =>
            FailOnce() ?? inner.ReadDueBeforeAsync(dueBefore, range, cancellationToken);

        public Task<IReadOnlyList<ReminderEntry>> ReadDueBetweenAsync(DateTimeOffset dueFrom, DateTimeOffset dueBefore, HashRange range, CancellationToken cancellationToken = default) =>
            FailOnce() ?? inner.ReadDueBetweenAsync(dueFrom, dueBefore, range, cancellationToken);

        public Task<string> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default) => inner.UpsertAsync(entry, cancellationToken);

        public Task<string?> AdvanceAsync(Runtime.Identity.GrainId grainId, string name, string expectedETag, DateTimeOffset nextDueAt, CancellationToken cancellationToken = default) =>
            inner.AdvanceAsync(grainId, name, expectedETag, nextDueAt, cancellationToken);

        public Task<bool> RemoveAsync(Runtime.Identity.GrainId grainId, string name, string? expectedETag, CancellationToken cancellationToken = default) =>
            inner.RemoveAsync(grainId, name, expectedETag, cancellationToken);

        public Task<long> CountAsync(HashRange range, CancellationToken cancellationToken = default) => inner.CountAsync(range, cancellationToken);

        private Task<IReadOnlyList<ReminderEntry>>? FailOnce()
        {
            if (!FailNextRead)
            {
                return null;
            }

            FailNextRead = false;
            return Task.FromException<IReadOnlyList<ReminderEntry>>(new InvalidOperationException("The table is unreachable."));
        }
    }

    private sealed class ReadComparer : IEqualityComparer<RecordingReminderTable.Read>
    {
        public static ReadComparer Instance { get; } = new();

        public bool Equals(RecordingReminderTable.Read? x, RecordingReminderTable.Read? y) =>
            x is not null && y is not null && x.From == y.From && x.Before == y.Before && x.Names.SequenceEqual(y.Names);

        public int GetHashCode(RecordingReminderTable.Read obj) => obj.Before.GetHashCode();
    }
}
