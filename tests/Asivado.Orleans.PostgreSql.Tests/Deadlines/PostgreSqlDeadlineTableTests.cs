using Asivado.Orleans.Deadlines;
using Asivado.Orleans.Deadlines.Table;
using Asivado.Orleans.PostgreSql.Tests.Support;
using Npgsql;
using Orleans.Runtime;

namespace Asivado.Orleans.PostgreSql.Tests.Deadlines;

/// <summary>The <see cref="IDeadlineTable"/> contract on PostgreSQL.</summary>
public sealed class PostgreSqlDeadlineTableTests : IAsyncLifetime
{
    private static readonly GrainId Grain = GrainId.Create("case", "case-1");
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private PostgreSqlTestSchema _schema = null!;
    private IDeadlineTable _table = null!;

    public async Task InitializeAsync()
    {
        _schema = await PostgreSqlTestSchema.CreateMigratedAsync();
        _table = _schema.CreateDeadlineTable();
    }

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    [Fact]
    public async Task A_grain_without_deadlines_reads_empty()
    {
        Assert.Empty(await _table.ReadForGrainAsync(Grain));
    }

    [Fact]
    public async Task A_scheduled_deadline_reads_back_exactly_to_the_tick()
    {
        // Sub-microsecond ticks and a non-UTC offset: the instant must survive exactly.
        var dueAt = new DateTimeOffset(2026, 11, 23, 14, 30, 15, TimeSpan.FromHours(2)).AddTicks(1234567);

        await _table.ApplyAsync(Grain, [new ScheduledDeadline("acknowledge", dueAt)], []);

        var read = Assert.Single(await _table.ReadForGrainAsync(Grain));
        Assert.Equal(new DeadlineEntry(Grain, "acknowledge", dueAt), read);
        Assert.Equal(dueAt.UtcTicks, read.DueAt.UtcTicks);
        Assert.Equal(Grain.GetUniformHashCode(), read.Hash);
    }

    [Fact]
    public async Task Scheduling_a_name_again_moves_it_and_cancel_counts_what_existed()
    {
        await _table.ApplyAsync(Grain, [new("respond", Noon), new("resolve", Noon.AddDays(7))], []);

        var cancelled = await _table.ApplyAsync(Grain, [new("respond", Noon.AddHours(1))], ["resolve", "never-scheduled"]);

        Assert.Equal(1, cancelled);
        Assert.Equal([new DeadlineEntry(Grain, "respond", Noon.AddHours(1))], await _table.ReadForGrainAsync(Grain));
        Assert.Equal(0, await _table.ApplyAsync(Grain, [], ["resolve"]));
    }

    [Fact]
    public async Task A_change_that_fails_applies_none_of_it()
    {
        await _table.ApplyAsync(Grain, [new("respond", Noon), new("resolve", Noon.AddDays(7))], []);
        await _schema.ExecuteAsync($"""
            CREATE FUNCTION "{_schema.Name}".refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.deadline_name = 'poison' THEN RAISE EXCEPTION 'poison refused'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_poison BEFORE INSERT ON "{_schema.Name}".deadlines
                FOR EACH ROW EXECUTE FUNCTION "{_schema.Name}".refuse_poison();
            """);

        await Assert.ThrowsAsync<PostgresException>(() => _table.ApplyAsync(Grain, [new("respond", Noon.AddHours(5)), new("poison", Noon)], ["resolve"]));

        Assert.Equal(
            [new DeadlineEntry(Grain, "resolve", Noon.AddDays(7)), new DeadlineEntry(Grain, "respond", Noon)],
            (await _table.ReadForGrainAsync(Grain)).OrderBy(entry => entry.Name, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_name_repeated_across_schedule_and_cancel_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _table.ApplyAsync(Grain, [new("respond", Noon)], ["respond"]));
        await Assert.ThrowsAsync<ArgumentException>(() => _table.ApplyAsync(Grain, [new("respond", Noon), new("respond", Noon)], []));
        Assert.Empty(await _table.ReadForGrainAsync(Grain));
    }

    [Fact]
    public async Task Removing_a_fired_deadline_deletes_it_only_while_it_is_still_due_at_that_instant()
    {
        await _table.ApplyAsync(Grain, [new("respond", Noon), new("resolve", Noon.AddDays(1))], []);
        await _table.ApplyAsync(Grain, [new("resolve", Noon.AddDays(2))], []);

        Assert.True(await _table.RemoveFiredAsync(Grain, "respond", Noon));
        Assert.False(await _table.RemoveFiredAsync(Grain, "resolve", Noon.AddDays(1)));
        Assert.False(await _table.RemoveFiredAsync(Grain, "respond", Noon));

        Assert.Equal([new DeadlineEntry(Grain, "resolve", Noon.AddDays(2))], await _table.ReadForGrainAsync(Grain));
    }

    [Fact]
    public async Task Removing_a_fired_deadline_compares_the_instant_not_its_offset()
    {
        await _table.ApplyAsync(Grain, [new("respond", Noon)], []);

        Assert.True(await _table.RemoveFiredAsync(Grain, "respond", Noon.ToOffset(TimeSpan.FromHours(-5))));
    }

    [Fact]
    public async Task Reading_due_between_includes_the_start_excludes_the_end_and_returns_due_order()
    {
        await _table.ApplyAsync(Grain,
            [
                new("after-the-end", Noon.AddSeconds(30)),
                new("at-the-end", Noon.AddSeconds(20)),
                new("last-tick-inside", Noon.AddSeconds(20).AddTicks(-1)),
                new("inside", Noon.AddSeconds(5)),
                new("at-the-start", Noon),
                new("just-before-the-start", Noon.AddTicks(-1)),
                new("overdue", Noon.AddDays(-3)),
            ],
            []);

        var due = await _table.ReadDueBetweenAsync(Noon, Noon.AddSeconds(20), DeadlineRange.Full);

        Assert.Equal(["at-the-start", "inside", "last-tick-inside"], due.Select(entry => entry.Name));
        Assert.Equal(
            ["overdue", "just-before-the-start", "at-the-start", "inside", "last-tick-inside"],
            (await _table.ReadDueBetweenAsync(DateTimeOffset.MinValue, Noon.AddSeconds(20), DeadlineRange.Full)).Select(entry => entry.Name));
    }

    [Fact]
    public async Task Reading_due_between_an_empty_or_inverted_window_returns_nothing()
    {
        await _table.ApplyAsync(Grain, [new("respond", Noon)], []);

        Assert.Empty(await _table.ReadDueBetweenAsync(Noon, Noon, DeadlineRange.Full));
        Assert.Empty(await _table.ReadDueBetweenAsync(Noon.AddTicks(1), Noon, DeadlineRange.Full));
        Assert.Empty(await _table.ReadDueBetweenAsync(Noon.AddTicks(1), Noon.AddDays(1), DeadlineRange.Full));
        Assert.Equal([new DeadlineEntry(Grain, "respond", Noon)], await _table.ReadDueBetweenAsync(Noon, Noon.AddTicks(1), DeadlineRange.Full));
    }

    [Fact]
    public async Task Reading_due_between_sees_moves_and_cancellations()
    {
        await _table.ApplyAsync(Grain, [new("moved-out", Noon.AddSeconds(1)), new("moved-in", Noon.AddHours(1)), new("cancelled", Noon.AddSeconds(4))], []);
        await _table.ApplyAsync(Grain, [new("moved-out", Noon.AddHours(1)), new("moved-in", Noon.AddSeconds(2))], ["cancelled"]);

        Assert.Equal(
            [new DeadlineEntry(Grain, "moved-in", Noon.AddSeconds(2))],
            await _table.ReadDueBetweenAsync(Noon, Noon.AddMinutes(1), DeadlineRange.Full));
    }

    [Fact]
    public async Task Ring_ranges_select_by_hash_with_exclusive_begin_inclusive_end_wrap_and_full()
    {
        var grains = await ScheduleManyAsync(64);
        var sorted = grains.OrderBy(grain => grain.GetUniformHashCode()).ToList();
        var (low, high) = (sorted[5].GetUniformHashCode(), sorted[40].GetUniformHashCode());
        var (belowBoundary, aboveBoundary) = Neighbours(grains);

        DeadlineRange[] ranges =
        [
            DeadlineRange.Full,
            new(low, high),
            new(high, low),
            new(low, low + 1),
            new(0, int.MaxValue),
            new(int.MaxValue, uint.MaxValue),
            new(belowBoundary.GetUniformHashCode() - 1, aboveBoundary.GetUniformHashCode()),
            new(aboveBoundary.GetUniformHashCode(), belowBoundary.GetUniformHashCode()),
            new(uint.MaxValue, high),
            new(high, uint.MaxValue),
            new(high, 0),
        ];
        foreach (var range in ranges)
        {
            Assert.Equal(Names(grains, range), await DueBetweenNamesAsync(range));
            Assert.Equal(grains.Count(grain => range.Contains(grain.GetUniformHashCode())), await _table.CountAsync(range));
        }

        // The contract's own cases, spelled out.
        Assert.Equal(64, await _table.CountAsync(DeadlineRange.Full));
        Assert.Equal(35, await _table.CountAsync(new DeadlineRange(low, high)));
        Assert.Equal(29, await _table.CountAsync(new DeadlineRange(high, low)));
        Assert.Equal(2, await _table.CountAsync(new DeadlineRange(belowBoundary.GetUniformHashCode() - 1, aboveBoundary.GetUniformHashCode())));
    }

    [Fact]
    public async Task Deadlines_of_different_grains_never_mix()
    {
        var left = GrainId.Create("a", "b/c");
        var right = GrainId.Create("agent", "case-1");
        await _table.ApplyAsync(left, [new("respond", Noon)], []);
        await _table.ApplyAsync(right, [new("respond", Noon.AddHours(1))], []);

        Assert.Equal(0, await _table.ApplyAsync(Grain, [], ["respond"]));
        Assert.True(await _table.RemoveFiredAsync(left, "respond", Noon));

        Assert.Empty(await _table.ReadForGrainAsync(left));
        Assert.Equal([new DeadlineEntry(right, "respond", Noon.AddHours(1))], await _table.ReadForGrainAsync(right));
    }

    [Fact]
    public async Task Keys_and_names_with_unicode_and_slashes_round_trip()
    {
        var grain = GrainId.Create("department/ünits", "Zürich/Støtte/客户服务/😀 case #7");
        var hash = grain.GetUniformHashCode();

        await _table.ApplyAsync(grain, [new("réponse/2h ✓", Noon)], []);

        Assert.Equal([new DeadlineEntry(grain, "réponse/2h ✓", Noon)], await _table.ReadDueBetweenAsync(Noon, Noon.AddTicks(1), new DeadlineRange(hash - 1, hash)));
        Assert.Empty(await _table.ReadDueBetweenAsync(Noon, Noon.AddTicks(1), new DeadlineRange(hash, hash + 1)));
    }

    [Fact]
    public async Task Many_grains_scheduling_at_once_each_keep_their_own_deadlines()
    {
        var grains = Enumerable.Range(0, 200).Select(i => GrainId.Create("case", $"many-{i}")).ToList();

        await Task.WhenAll(grains.Select((grain, i) => _table.ApplyAsync(grain, [new("respond", Noon.AddSeconds(i)), new("resolve", Noon.AddDays(1))], [])));

        Assert.Equal(400, await _table.CountAsync(DeadlineRange.Full));
        var read = await Task.WhenAll(grains.Select(grain => _table.ReadForGrainAsync(grain)));
        for (var i = 0; i < grains.Count; i++)
        {
            Assert.Equal(Noon.AddSeconds(i), Assert.Single(read[i], entry => entry.Name == "respond").DueAt);
        }
    }

    [Fact]
    public async Task The_window_read_is_an_index_range_scan()
    {
        await ScheduleManyAsync(64);
        await _schema.ExecuteAsync($"ANALYZE \"{_schema.Name}\".deadlines");
        await using var connection = await _schema.DataSource.OpenConnectionAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand(
            $"EXPLAIN SELECT grain_type, grain_key, deadline_name, due_at_ticks FROM \"{_schema.Name}\".deadlines " +
            "WHERE due_at_ticks >= 1 AND due_at_ticks < 2 AND (grain_hash BETWEEN 1 AND 2 OR grain_hash BETWEEN 3 AND 4) ORDER BY due_at_ticks, grain_hash",
            connection);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        Assert.Contains(plan, line => line.Contains("deadlines_due_at_idx", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("Seq Scan", StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<GrainId>> ScheduleManyAsync(int count)
    {
        var grains = Enumerable.Range(0, count).Select(i => GrainId.Create("case", $"case-{i}")).ToList();
        for (var i = 0; i < grains.Count; i++)
        {
            await _table.ApplyAsync(grains[i], [new(Name(grains[i]), Noon.AddSeconds(i))], []);
        }

        return grains;
    }

    /// <summary>The grain with the largest hash below 2^31 and the one with the smallest hash at or above it.</summary>
    private static (GrainId Below, GrainId Above) Neighbours(IReadOnlyList<GrainId> grains)
    {
        var below = grains.Where(grain => grain.GetUniformHashCode() <= int.MaxValue).MaxBy(grain => grain.GetUniformHashCode());
        var above = grains.Where(grain => grain.GetUniformHashCode() > int.MaxValue).MinBy(grain => grain.GetUniformHashCode());
        Assert.False(below.IsDefault || above.IsDefault, "The sample must have hashes on both sides of 2^31.");
        return (below, above);
    }

    private async Task<IReadOnlyList<string>> DueBetweenNamesAsync(DeadlineRange range) =>
        (await _table.ReadDueBetweenAsync(DateTimeOffset.MinValue, Noon.AddDays(1), range)).Select(entry => entry.Name).ToList();

    // Due instants follow the sample's order, so the expected due order is the sample's order.
    private static IReadOnlyList<string> Names(IReadOnlyList<GrainId> grains, DeadlineRange range) =>
        grains.Where(grain => range.Contains(grain.GetUniformHashCode())).Select(Name).ToList();

    private static string Name(GrainId grain) => "due-" + grain.Key;
}
