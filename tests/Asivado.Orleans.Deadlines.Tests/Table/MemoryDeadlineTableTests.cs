using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines.Tests.Table;

/// <summary>The contract of <see cref="IDeadlineTable"/>, on the memory table; a durable table should pass the same cases.</summary>
public sealed class MemoryDeadlineTableTests
{
    private static readonly DateTimeOffset T = Ids.Origin;
    private readonly MemoryDeadlineTable _table = new();

    [Fact]
    public async Task Apply_schedules_moves_and_cancels_and_reads_back_per_grain()
    {
        var grain = Ids.Grain("1");
        Assert.Equal(0, await _table.ApplyAsync(grain, [new("a", T), new("b", T.AddMinutes(1))], []));
        Assert.Equal(0, await _table.ApplyAsync(grain, [new("a", T.AddHours(1))], []));
        Assert.Equal(1, await _table.ApplyAsync(grain, [], ["b", "missing"]));

        var rows = await _table.ReadForGrainAsync(grain);
        Assert.Equal([new DeadlineEntry(grain, "a", T.AddHours(1))], rows);
        Assert.Empty(await _table.ReadForGrainAsync(Ids.Grain("2")));
    }

    [Fact]
    public async Task Apply_is_all_or_nothing_when_a_name_repeats()
    {
        var grain = Ids.Grain("1");
        await _table.ApplyAsync(grain, [new("a", T)], []);

        await Assert.ThrowsAsync<ArgumentException>(() => _table.ApplyAsync(grain, [new("b", T), new("b", T.AddSeconds(1))], []));
        await Assert.ThrowsAsync<ArgumentException>(() => _table.ApplyAsync(grain, [new("c", T)], ["c"]));
        await Assert.ThrowsAsync<ArgumentException>(() => _table.ApplyAsync(grain, [new("d", T)], ["a", ""]));

        Assert.Equal([new DeadlineEntry(grain, "a", T)], await _table.ReadForGrainAsync(grain));
    }

    [Fact]
    public async Task Due_window_reads_are_in_due_order_with_from_inclusive_and_before_exclusive()
    {
        var grains = Enumerable.Range(0, 50).Select(i => Ids.Grain($"g{i}")).ToList();
        var random = new Random(7);
        foreach (var grain in grains)
        {
            await _table.ApplyAsync(grain, [new("x", T.AddSeconds(random.Next(20))), new("y", T.AddSeconds(random.Next(20)))], []);
        }

        var all = await _table.ReadDueBetweenAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, DeadlineRange.Full);
        Assert.Equal(100, all.Count);
        Assert.Equal(all.OrderBy(e => e, Comparer<DeadlineEntry>.Create(DeadlineDueOrder.Compare)), all);

        var window = await _table.ReadDueBetweenAsync(T.AddSeconds(5), T.AddSeconds(10), DeadlineRange.Full);
        Assert.Equal(all.Where(e => e.DueAt >= T.AddSeconds(5) && e.DueAt < T.AddSeconds(10)), window);
        Assert.Empty(await _table.ReadDueBetweenAsync(T.AddSeconds(10), T.AddSeconds(10), DeadlineRange.Full));
        Assert.Empty(await _table.ReadDueBetweenAsync(T.AddSeconds(11), T.AddSeconds(10), DeadlineRange.Full));
    }

    [Fact]
    public async Task Range_reads_and_counts_honour_ring_semantics_including_wrap_around()
    {
        var grains = Enumerable.Range(0, 200).Select(i => Ids.Grain($"r{i}")).ToList();
        foreach (var grain in grains)
        {
            await _table.ApplyAsync(grain, [new("n", T)], []);
        }

        var hashes = grains.Select(g => g.GetUniformHashCode()).Order().ToList();
        var low = hashes[50];
        var high = hashes[150];
        var inner = new DeadlineRange(low, high);
        var wrapped = new DeadlineRange(high, low);

        var innerRows = await _table.ReadDueBetweenAsync(DateTimeOffset.MinValue, T.AddSeconds(1), inner);
        var wrappedRows = await _table.ReadDueBetweenAsync(DateTimeOffset.MinValue, T.AddSeconds(1), wrapped);

        Assert.Equal(100, innerRows.Count);
        Assert.Equal(100, wrappedRows.Count);
        Assert.All(innerRows, row => Assert.True(row.Hash > low && row.Hash <= high));
        Assert.All(wrappedRows, row => Assert.True(row.Hash > high || row.Hash <= low));
        Assert.Empty(innerRows.Select(r => r.Target).Intersect(wrappedRows.Select(r => r.Target)));
        Assert.Equal(100, await _table.CountAsync(inner));
        Assert.Equal(100, await _table.CountAsync(wrapped));
        Assert.Equal(200, await _table.CountAsync(DeadlineRange.Full));
    }

    [Fact]
    public async Task RemoveFired_deletes_only_while_the_deadline_is_still_due_at_that_instant()
    {
        var grain = Ids.Grain("1");
        await _table.ApplyAsync(grain, [new("a", T)], []);
        await _table.ApplyAsync(grain, [new("a", T.AddMinutes(5))], []);

        Assert.False(await _table.RemoveFiredAsync(grain, "a", T));
        Assert.Single(await _table.ReadForGrainAsync(grain));

        Assert.True(await _table.RemoveFiredAsync(grain, "a", T.AddMinutes(5).ToOffset(TimeSpan.FromHours(2))));
        Assert.False(await _table.RemoveFiredAsync(grain, "a", T.AddMinutes(5)));
        Assert.Empty(await _table.ReadForGrainAsync(grain));
        Assert.Empty(await _table.ReadDueBetweenAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, DeadlineRange.Full));
    }

    [Fact]
    public async Task Due_instants_are_kept_as_instants_whatever_their_offset()
    {
        var grain = Ids.Grain("1");
        await _table.ApplyAsync(grain, [new("a", T.ToOffset(TimeSpan.FromHours(-5)))], []);

        var row = Assert.Single(await _table.ReadDueBetweenAsync(T, T.AddTicks(1), DeadlineRange.Full));
        Assert.Equal(T, row.DueAt);
        Assert.Equal(TimeSpan.Zero, row.DueAt.Offset);
    }
}
