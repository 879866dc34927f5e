using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Providers;

/// <summary>The behaviour every <see cref="IReminderTable"/> shares; one subclass per provider.</summary>
public abstract class ReminderTableContractTests : IAsyncLifetime
{
    private static readonly GrainId Grain = new("case", "case-1");
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private IReminderTable? _table;

    private IReminderTable Table => _table ?? throw new InvalidOperationException("The table is created in InitializeAsync.");

    public async Task InitializeAsync() => _table = await CreateTableAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected abstract Task<IReminderTable> CreateTableAsync();

    [Fact]
    public async Task Reading_a_missing_reminder_returns_null()
    {
        Assert.Null(await Table.ReadAsync(Grain, "acknowledge"));
    }

    [Fact]
    public async Task An_upserted_reminder_reads_back_exactly_with_the_returned_etag()
    {
        // Sub-microsecond ticks and a non-UTC offset: the instant must survive exactly.
        var dueAt = new DateTimeOffset(2026, 11, 23, 14, 30, 15, TimeSpan.FromHours(2)).AddTicks(1234567);
        var eTag = await Table.UpsertAsync(new ReminderEntry(Grain, "acknowledge", dueAt, TimeSpan.FromTicks(36_000_000_007), "ignored"));

        var read = await Table.ReadAsync(Grain, "acknowledge");

        Assert.NotNull(read);
        Assert.Equal(Grain, read.GrainId);
        Assert.Equal("acknowledge", read.Name);
        Assert.Equal(dueAt.UtcTicks, read.DueAt.UtcTicks);
        Assert.Equal(TimeSpan.FromTicks(36_000_000_007), read.Period);
        Assert.Equal(eTag, read.ETag);
    }

    [Fact]
    public async Task Upserting_again_replaces_the_reminder_with_a_new_etag()
    {
        var first = await Table.UpsertAsync(new ReminderEntry(Grain, "respond", Noon, TimeSpan.Zero));

        var second = await Table.UpsertAsync(new ReminderEntry(Grain, "respond", Noon.AddHours(1), TimeSpan.FromMinutes(5)));

        Assert.NotEqual(first, second);
        var read = Assert.Single(await Table.ReadForGrainAsync(Grain));
        Assert.Equal(new ReminderEntry(Grain, "respond", Noon.AddHours(1), TimeSpan.FromMinutes(5), second), read);
    }

    [Fact]
    public async Task Reading_for_a_grain_returns_only_its_reminders_in_ordinal_name_order()
    {
        var other = new GrainId("case", "case-2");
        var b = await Table.UpsertAsync(new ReminderEntry(Grain, "b", Noon, TimeSpan.Zero));
        var upperA = await Table.UpsertAsync(new ReminderEntry(Grain, "A", Noon.AddMinutes(1), TimeSpan.Zero));
        var a = await Table.UpsertAsync(new ReminderEntry(Grain, "a", Noon.AddMinutes(2), TimeSpan.FromHours(1)));
        await Table.UpsertAsync(new ReminderEntry(other, "a", Noon, TimeSpan.Zero));

        var read = await Table.ReadForGrainAsync(Grain);

        Assert.Equal(
            [
                new ReminderEntry(Grain, "A", Noon.AddMinutes(1), TimeSpan.Zero, upperA),
                new ReminderEntry(Grain, "a", Noon.AddMinutes(2), TimeSpan.FromHours(1), a),
                new ReminderEntry(Grain, "b", Noon, TimeSpan.Zero, b),
            ],
            read);
        Assert.Empty(await Table.ReadForGrainAsync(new GrainId("case", "case-3")));
    }

    [Fact]
    public async Task Reading_due_before_returns_strictly_earlier_reminders_in_due_order()
    {
        await Table.UpsertAsync(new ReminderEntry(Grain, "later", Noon.AddSeconds(1), TimeSpan.Zero));
        await Table.UpsertAsync(new ReminderEntry(Grain, "exactly-at", Noon.AddTicks(1), TimeSpan.Zero));
        await Table.UpsertAsync(new ReminderEntry(Grain, "on-time", Noon, TimeSpan.Zero));
        await Table.UpsertAsync(new ReminderEntry(Grain, "overdue", Noon.AddDays(-3), TimeSpan.FromHours(1)));

        var due = await Table.ReadDueBeforeAsync(Noon.AddTicks(1), HashRange.Full);

        Assert.Equal(["overdue", "on-time"], due.Select(entry => entry.Name));
    }

    [Fact]
    public async Task Reading_due_between_includes_the_start_excludes_the_end_and_returns_due_order()
    {
        await Table.UpsertAsync(new ReminderEntry(Grain, "after-the-end", Noon.AddSeconds(30), TimeSpan.Zero));
        await Table.UpsertAsync(new ReminderEntry(Grain, "at-the-end", Noon.AddSeconds(20), TimeSpan.Zero));
        await Table.UpsertAsync(new ReminderEntry(Grain, "last-tick-inside", Noon.AddSeconds(20).AddTicks(-1), TimeSpan.FromMinutes(1)));
        await Table.UpsertAsync(new ReminderEntry(Grain, "inside", Noon.AddSeconds(5), TimeSpan.Zero));
        await Table.UpsertAsync(new ReminderEntry(Grain, "at-the-start", Noon, TimeSpan.Zero));
        await Table.UpsertAsync(new ReminderEntry(Grain, "just-before-the-start", Noon.AddTicks(-1), TimeSpan.Zero));
        await Table.UpsertAsync(new ReminderEntry(Grain, "overdue", Noon.AddDays(-3), TimeSpan.Zero));

        var due = await Table.ReadDueBetweenAsync(Noon, Noon.AddSeconds(20), HashRange.Full);

        Assert.Equal(["at-the-start", "inside", "last-tick-inside"], due.Select(entry => entry.Name));
    }

    [Fact]
    public async Task Reading_due_between_returns_the_stored_entries_with_their_etags()
    {
        var dueAt = new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.FromHours(2)).AddTicks(7);
        var eTag = await Table.UpsertAsync(new ReminderEntry(Grain, "respond", dueAt, TimeSpan.FromMinutes(3)));

        var due = await Table.ReadDueBetweenAsync(Noon, Noon.AddMinutes(1), HashRange.Full);

        var entry = Assert.Single(due);
        Assert.Equal(new ReminderEntry(Grain, "respond", dueAt, TimeSpan.FromMinutes(3), eTag), entry);
        Assert.Equal(dueAt.UtcTicks, entry.DueAt.UtcTicks);
    }

    [Fact]
    public async Task Reading_due_between_an_empty_or_inverted_window_returns_nothing()
    {
        await Table.UpsertAsync(new ReminderEntry(Grain, "respond", Noon, TimeSpan.Zero));

        Assert.Empty(await Table.ReadDueBetweenAsync(Noon, Noon, HashRange.Full));
        Assert.Empty(await Table.ReadDueBetweenAsync(Noon.AddTicks(1), Noon, HashRange.Full));
        Assert.Empty(await Table.ReadDueBetweenAsync(Noon.AddTicks(1), Noon.AddDays(1), HashRange.Full));
        Assert.Single(await Table.ReadDueBetweenAsync(Noon, Noon.AddTicks(1), HashRange.Full));
    }

    [Fact]
    public async Task Reading_due_between_sees_replacements_and_removals()
    {
        await Table.UpsertAsync(new ReminderEntry(Grain, "moved-out", Noon.AddSeconds(1), TimeSpan.Zero));
        await Table.UpsertAsync(new ReminderEntry(Grain, "moved-out", Noon.AddHours(1), TimeSpan.Zero));
        await Table.UpsertAsync(new ReminderEntry(Grain, "moved-in", Noon.AddHours(1), TimeSpan.Zero));
        var movedIn = await Table.UpsertAsync(new ReminderEntry(Grain, "moved-in", Noon.AddSeconds(2), TimeSpan.Zero));
        var advanced = await Table.UpsertAsync(new ReminderEntry(Grain, "advanced", Noon.AddSeconds(3), TimeSpan.FromHours(1)));
        await Table.AdvanceAsync(Grain, "advanced", advanced, Noon.AddHours(1).AddSeconds(3));
        await Table.UpsertAsync(new ReminderEntry(Grain, "removed", Noon.AddSeconds(4), TimeSpan.Zero));
        await Table.RemoveAsync(Grain, "removed", expectedETag: null);

        var due = await Table.ReadDueBetweenAsync(Noon, Noon.AddMinutes(1), HashRange.Full);

        Assert.Equal([new ReminderEntry(Grain, "moved-in", Noon.AddSeconds(2), TimeSpan.Zero, movedIn)], due);
        Assert.Equal(["moved-in", "moved-out", "advanced"], (await Table.ReadDueBeforeAsync(Noon.AddDays(1), HashRange.Full)).Select(entry => entry.Name));
    }

    [Fact]
    public async Task Reading_due_between_honours_inclusive_hash_ranges_on_both_sides_of_the_sign_boundary()
    {
        var grains = await UpsertManyAsync(64);
        var (belowBoundary, aboveBoundary) = Neighbours(grains);

        // The window [Noon + 10 s, Noon + 50 s) holds the sample's grains 10 to 49, in sample order.
        var window = grains.Skip(10).Take(40).ToList();
        Assert.Equal(Names(window, HashRange.Full), await DueBetweenNamesAsync(HashRange.Full));
        Assert.Equal(Names(window, new HashRange(0, int.MaxValue)), await DueBetweenNamesAsync(new HashRange(0, int.MaxValue)));
        Assert.Equal(Names(window, new HashRange(1u << 31, uint.MaxValue)), await DueBetweenNamesAsync(new HashRange(1u << 31, uint.MaxValue)));
        Assert.Equal(
            window.Where(grain => grain == belowBoundary || grain == aboveBoundary).Select(Name),
            await DueBetweenNamesAsync(new HashRange(belowBoundary.StableHash, aboveBoundary.StableHash)));
        Assert.Empty(await DueBetweenNamesAsync(new HashRange(aboveBoundary.StableHash, belowBoundary.StableHash)));
    }

    [Fact]
    public async Task Reading_due_before_honours_inclusive_hash_ranges_on_both_sides_of_the_sign_boundary()
    {
        var grains = await UpsertManyAsync(64);
        var (belowBoundary, aboveBoundary) = Neighbours(grains);

        Assert.Equal(Names(grains, HashRange.Full), await DueNamesAsync(HashRange.Full));
        Assert.Equal(Names(grains, new HashRange(0, int.MaxValue)), await DueNamesAsync(new HashRange(0, int.MaxValue)));
        Assert.Equal(Names(grains, new HashRange(1u << 31, uint.MaxValue)), await DueNamesAsync(new HashRange(1u << 31, uint.MaxValue)));
        Assert.Equal(
            grains.Where(grain => grain == belowBoundary || grain == aboveBoundary).Select(Name),
            await DueNamesAsync(new HashRange(belowBoundary.StableHash, aboveBoundary.StableHash)));
        Assert.Empty(await DueNamesAsync(new HashRange(belowBoundary.StableHash + 1, aboveBoundary.StableHash - 1)));
        Assert.Equal([Name(aboveBoundary)], await DueNamesAsync(new HashRange(aboveBoundary.StableHash, aboveBoundary.StableHash)));
        Assert.Empty(await DueNamesAsync(new HashRange(aboveBoundary.StableHash, belowBoundary.StableHash)));
    }

    [Fact]
    public async Task Counting_honours_inclusive_hash_ranges_on_both_sides_of_the_sign_boundary()
    {
        var grains = await UpsertManyAsync(64);
        var (belowBoundary, aboveBoundary) = Neighbours(grains);
        var lowerHalf = grains.Count(grain => grain.StableHash <= int.MaxValue);

        Assert.Equal(64, await Table.CountAsync(HashRange.Full));
        Assert.Equal(lowerHalf, await Table.CountAsync(new HashRange(0, int.MaxValue)));
        Assert.Equal(64 - lowerHalf, await Table.CountAsync(new HashRange(1u << 31, uint.MaxValue)));
        Assert.Equal(2, await Table.CountAsync(new HashRange(belowBoundary.StableHash, aboveBoundary.StableHash)));
        Assert.Equal(0, await Table.CountAsync(new HashRange(belowBoundary.StableHash + 1, aboveBoundary.StableHash - 1)));
    }

    [Fact]
    public async Task Advancing_with_the_current_etag_moves_the_due_instant()
    {
        var eTag = await Table.UpsertAsync(new ReminderEntry(Grain, "poll", Noon, TimeSpan.FromMinutes(1)));

        var advanced = await Table.AdvanceAsync(Grain, "poll", eTag, Noon.AddMinutes(1));

        Assert.NotNull(advanced);
        Assert.NotEqual(eTag, advanced);
        Assert.Equal(new ReminderEntry(Grain, "poll", Noon.AddMinutes(1), TimeSpan.FromMinutes(1), advanced), await Table.ReadAsync(Grain, "poll"));
    }

    [Fact]
    public async Task Advancing_with_a_stale_etag_changes_nothing()
    {
        var first = await Table.UpsertAsync(new ReminderEntry(Grain, "poll", Noon, TimeSpan.FromMinutes(1)));
        var second = await Table.UpsertAsync(new ReminderEntry(Grain, "poll", Noon.AddHours(2), TimeSpan.FromMinutes(1)));

        Assert.Null(await Table.AdvanceAsync(Grain, "poll", first, Noon.AddMinutes(1)));
        Assert.Null(await Table.AdvanceAsync(Grain, "poll", "not-an-etag", Noon.AddMinutes(1)));

        Assert.Equal(new ReminderEntry(Grain, "poll", Noon.AddHours(2), TimeSpan.FromMinutes(1), second), await Table.ReadAsync(Grain, "poll"));
    }

    [Fact]
    public async Task Advancing_a_removed_reminder_does_not_bring_it_back()
    {
        var eTag = await Table.UpsertAsync(new ReminderEntry(Grain, "poll", Noon, TimeSpan.FromMinutes(1)));
        await Table.RemoveAsync(Grain, "poll", expectedETag: null);

        Assert.Null(await Table.AdvanceAsync(Grain, "poll", eTag, Noon.AddMinutes(1)));
        Assert.Null(await Table.ReadAsync(Grain, "poll"));
    }

    [Fact]
    public async Task Removing_without_an_etag_removes_whatever_version_is_stored()
    {
        await Table.UpsertAsync(new ReminderEntry(Grain, "resolve", Noon, TimeSpan.Zero));

        Assert.True(await Table.RemoveAsync(Grain, "resolve", expectedETag: null));
        Assert.Null(await Table.ReadAsync(Grain, "resolve"));
        Assert.False(await Table.RemoveAsync(Grain, "resolve", expectedETag: null));
    }

    [Fact]
    public async Task Removing_with_an_etag_removes_only_that_version()
    {
        var first = await Table.UpsertAsync(new ReminderEntry(Grain, "resolve", Noon, TimeSpan.Zero));
        var second = await Table.UpsertAsync(new ReminderEntry(Grain, "resolve", Noon.AddDays(1), TimeSpan.Zero));

        Assert.False(await Table.RemoveAsync(Grain, "resolve", first));
        Assert.Equal(second, (await Table.ReadAsync(Grain, "resolve"))!.ETag);
        Assert.True(await Table.RemoveAsync(Grain, "resolve", second));
        Assert.Null(await Table.ReadAsync(Grain, "resolve"));
    }

    [Fact]
    public async Task Reminders_of_different_grains_never_mix()
    {
        // "a/b" + "c" and "a" + "b/c" print the same but are different grains.
        var left = new GrainId("a/b", "c");
        var right = new GrainId("a", "b/c");
        var leftETag = await Table.UpsertAsync(new ReminderEntry(left, "respond", Noon, TimeSpan.Zero));
        var rightETag = await Table.UpsertAsync(new ReminderEntry(right, "respond", Noon.AddHours(1), TimeSpan.FromHours(1)));

        Assert.True(await Table.RemoveAsync(left, "respond", expectedETag: null));
        Assert.Null(await Table.AdvanceAsync(left, "respond", rightETag, Noon.AddHours(2)));

        Assert.Null(await Table.ReadAsync(left, "respond"));
        Assert.Equal(new ReminderEntry(right, "respond", Noon.AddHours(1), TimeSpan.FromHours(1), rightETag), await Table.ReadAsync(right, "respond"));
        Assert.Equal([right], (await Table.ReadForGrainAsync(right)).Select(entry => entry.GrainId));
        Assert.NotEqual(leftETag, rightETag);
    }

    [Fact]
    public async Task Keys_and_names_with_unicode_and_slashes_round_trip()
    {
        var grain = new GrainId("department/ünits", "Zürich/Støtte/客户服务/😀 case #7");
        var eTag = await Table.UpsertAsync(new ReminderEntry(grain, "réponse/2h ✓", Noon, TimeSpan.Zero));

        Assert.Equal(new ReminderEntry(grain, "réponse/2h ✓", Noon, TimeSpan.Zero, eTag), await Table.ReadAsync(grain, "réponse/2h ✓"));
        Assert.Equal([eTag], (await Table.ReadDueBeforeAsync(Noon.AddTicks(1), new HashRange(grain.StableHash, grain.StableHash))).Select(entry => entry.ETag));
        Assert.Null(await Table.ReadAsync(grain, "réponse/2h"));
    }

    private async Task<IReadOnlyList<GrainId>> UpsertManyAsync(int count)
    {
        var grains = Enumerable.Range(0, count).Select(i => new GrainId("case", $"case-{i}")).ToList();
        for (var i = 0; i < grains.Count; i++)
        {
            await Table.UpsertAsync(new ReminderEntry(grains[i], Name(grains[i]), Noon.AddSeconds(i), TimeSpan.Zero));
        }

        return grains;
    }

    /// <summary>The grain with the largest hash below 2^31 and the one with the smallest hash at or above it.</summary>
    private static (GrainId Below, GrainId Above) Neighbours(IReadOnlyList<GrainId> grains)
    {
        var below = grains.Where(grain => grain.StableHash <= int.MaxValue).MaxBy(grain => grain.StableHash);
        var above = grains.Where(grain => grain.StableHash > int.MaxValue).MinBy(grain => grain.StableHash);
        Assert.True(below.Type is not null && above.Type is not null, "The sample must have hashes on both sides of 2^31.");
        return (below, above);
    }

    private async Task<IReadOnlyList<string>> DueBetweenNamesAsync(HashRange range) =>
        (await Table.ReadDueBetweenAsync(Noon.AddSeconds(10), Noon.AddSeconds(50), range)).Select(entry => entry.Name).ToList();

    private async Task<IReadOnlyList<string>> DueNamesAsync(HashRange range) =>
        (await Table.ReadDueBeforeAsync(Noon.AddDays(1), range)).Select(entry => entry.Name).ToList();

    // Due instants follow the sample's order, so the expected due order is the sample's order.
    private static IReadOnlyList<string> Names(IReadOnlyList<GrainId> grains, HashRange range) =>
        grains.Where(grain => range.Contains(grain.StableHash)).Select(Name).ToList();

    private static string Name(GrainId grain) => "due-" + grain.Key;
}
