using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines.Tests.Scheduling;

public sealed class RangeTests : IDisposable
{
    private readonly EngineHarness _h = new();
    private readonly List<GrainId> _grains = [.. Enumerable.Range(0, 40).Select(i => Ids.Grain($"r{i}"))];

    [Fact]
    public async Task Only_deadlines_of_the_owned_ranges_fire_and_a_range_change_hands_them_over()
    {
        var hashes = _grains.Select(g => g.GetUniformHashCode()).Order().ToList();
        var split = hashes[19];
        var lower = new DeadlineRange(hashes[^1], split);     // wraps: (max, split]
        var upper = new DeadlineRange(split, hashes[^1]);

        await _h.StartAsync(lower);
        foreach (var grain in _grains)
        {
            await _h.Engine.ScheduleAsync(grain, "soon", _h.Now.AddSeconds(10));
            await _h.Engine.ScheduleAsync(grain, "overdue-later", _h.Now.AddSeconds(20));
        }

        Assert.Equal(40, _h.Engine.PendingCount());
        await _h.AdvanceAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(20, _h.Delivery.Fired.Count);
        Assert.All(_h.Delivery.Fired, f => Assert.True(lower.Contains(f.Entry.Hash)));

        // Hand over: the lower half leaves memory (its rows stay), the upper half is read, overdue rows included.
        await _h.Engine.ChangeRangesAsync([upper]);
        Assert.Equal(20, _h.Engine.PendingCount());
        await _h.Engine.WhenIdleAsync();
        Assert.Equal(40, _h.Delivery.Fired.Count);
        Assert.All(_h.Delivery.Fired.Skip(20), f => Assert.True(upper.Contains(f.Entry.Hash)));

        await _h.AdvanceAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(60, _h.Delivery.Fired.Count);
        Assert.Equal(20, _h.Memory.Count);
        Assert.All(await _h.Memory.ReadDueBetweenAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, DeadlineRange.Full), row => Assert.True(lower.Contains(row.Hash)));
    }

    [Fact]
    public async Task A_schedule_for_a_target_outside_the_ranges_is_stored_for_its_owner_but_not_fired_here()
    {
        var hash = _grains[0].GetUniformHashCode();
        await _h.StartAsync(new DeadlineRange(hash, hash - 1));
        await _h.Engine.ScheduleAsync(_grains[0], "n", _h.Now.AddSeconds(1));

        await _h.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Empty(_h.Delivery.Calls);
        Assert.Equal(1, _h.Memory.Count);
        Assert.False(_h.Engine.Owns(_grains[0]));
    }

    [Fact]
    public async Task An_unchanged_range_notification_does_not_reload()
    {
        await _h.StartAsync();
        var reads = _h.Table.Reads.Count;

        await _h.Engine.ChangeRangesAsync([DeadlineRange.Full]);
        Assert.Equal(reads, _h.Table.Reads.Count);
    }

    public void Dispose() => _h.Dispose();
}
