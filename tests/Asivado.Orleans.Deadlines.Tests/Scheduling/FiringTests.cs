using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines.Tests.Scheduling;

public sealed class FiringTests : IDisposable
{
    private readonly EngineHarness _h = new();
    private readonly GrainId _grain = Ids.Grain("1");

    [Fact]
    public async Task A_deadline_fires_at_its_instant_and_not_before_and_its_row_is_deleted()
    {
        await _h.StartAsync();
        var due = _h.Now.AddSeconds(10);
        await _h.Engine.ScheduleAsync(_grain, "ack", due);

        await _h.AdvanceAsync(TimeSpan.FromSeconds(10) - TimeSpan.FromTicks(1));
        Assert.Empty(_h.Delivery.Calls);
        Assert.Equal(1, _h.Engine.PendingCount());

        await _h.AdvanceAsync(TimeSpan.FromTicks(1));
        var (entry, firing) = Assert.Single(_h.Delivery.Fired);
        Assert.Equal(new DeadlineEntry(_grain, "ack", due), entry);
        Assert.Equal(new DeadlineFiring("ack", due, due), firing);
        Assert.Equal(0, _h.Memory.Count);
        Assert.Equal(0, _h.Engine.PendingCount());
        Assert.Equal(1, _h.Engine.FiredCount);
    }

    [Fact]
    public async Task A_deadline_due_a_tick_after_the_windows_reload_fires_when_the_clock_reaches_it()
    {
        // Re-armed by the look-ahead reload one tick before it falls due: it must fire at its instant, not a
        // millisecond later (a fake clock that then stops would never get there).
        await _h.StartAsync();
        // The look-ahead (1 minute) is re-read every 30 s; this advance runs that reload at 59.9999999 s.
        var due = _h.Now.AddSeconds(60);
        await _h.Engine.ScheduleAsync(_grain, "hold", due);

        await _h.AdvanceAsync(TimeSpan.FromSeconds(60) - TimeSpan.FromTicks(1));
        Assert.Empty(_h.Delivery.Calls);
        await _h.AdvanceAsync(TimeSpan.FromTicks(1));

        Assert.Equal(new DeadlineFiring("hold", due, due), Assert.Single(_h.Delivery.Fired).Firing);
    }

    [Fact]
    public async Task A_deadline_scheduled_for_now_fires_without_the_clock_moving()
    {
        await _h.StartAsync();
        await _h.Engine.ScheduleAsync(_grain, "ack", _h.Now);

        await _h.AdvanceAsync(TimeSpan.Zero);

        Assert.Equal(_h.Now, Assert.Single(_h.Delivery.Fired).Firing.DueAt);
    }

    [Fact]
    public async Task Moving_a_deadline_fires_it_once_at_the_new_instant()
    {
        await _h.StartAsync();
        await _h.Engine.ScheduleAsync(_grain, "ack", _h.Now.AddSeconds(10));
        await _h.Engine.ScheduleAsync(_grain, "ack", _h.Now.AddSeconds(20));

        await _h.AdvanceAsync(TimeSpan.FromSeconds(15));
        Assert.Empty(_h.Delivery.Calls);

        await _h.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(Ids.Origin.AddSeconds(20), Assert.Single(_h.Delivery.Fired).Firing.DueAt);
    }

    [Fact]
    public async Task Moving_a_deadline_earlier_fires_it_at_the_earlier_instant_only()
    {
        await _h.StartAsync();
        await _h.Engine.ScheduleAsync(_grain, "ack", _h.Now.AddSeconds(20));
        await _h.Engine.ScheduleAsync(_grain, "ack", _h.Now.AddSeconds(5));

        await _h.AdvanceAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(Ids.Origin.AddSeconds(5), Assert.Single(_h.Delivery.Fired).Firing.DueAt);
    }

    [Fact]
    public async Task A_cancelled_deadline_never_fires()
    {
        await _h.StartAsync();
        await _h.Engine.ScheduleAsync(_grain, "ack", _h.Now.AddSeconds(10));

        Assert.True(await _h.Engine.CancelAsync(_grain, "ack"));
        Assert.False(await _h.Engine.CancelAsync(_grain, "ack"));
        Assert.Equal(0, _h.Engine.PendingCount());

        await _h.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Empty(_h.Delivery.Calls);
    }

    [Fact]
    public async Task Apply_schedules_and_cancels_together_and_get_lists_what_is_pending()
    {
        await _h.StartAsync();
        await _h.Engine.ApplyAsync(_grain, [new("a", _h.Now.AddSeconds(1)), new("b", _h.Now.AddSeconds(2))], []);
        await _h.Engine.ApplyAsync(_grain, [new("c", _h.Now.AddSeconds(3))], ["a"]);

        Assert.Equal(["b", "c"], (await _h.Engine.GetAsync(_grain)).Select(d => d.Name).Order());
        await _h.AdvanceAsync(TimeSpan.FromSeconds(3));
        Assert.Equal(["b", "c"], _h.Delivery.Fired.Select(f => f.Firing.Name));
        Assert.Empty(await _h.Engine.GetAsync(_grain));
    }

    [Fact]
    public async Task An_already_due_deadline_fires_at_once_when_scheduled()
    {
        await _h.StartAsync();
        await _h.Engine.ScheduleAsync(_grain, "late", _h.Now.AddSeconds(-5));
        await _h.Engine.WhenIdleAsync();

        var firing = Assert.Single(_h.Delivery.Fired).Firing;
        Assert.Equal(Ids.Origin.AddSeconds(-5), firing.DueAt);
        Assert.Equal(Ids.Origin, firing.FiredAt);
    }

    [Fact]
    public async Task Many_deadlines_fire_in_due_order()
    {
        using var h = new EngineHarness(o => o.MaxConcurrentDispatches = 1);
        await h.StartAsync();
        var random = new Random(11);
        var expected = new List<DeadlineEntry>();
        for (var i = 0; i < 300; i++)
        {
            // Few distinct instants, so many ties.
            var entry = new DeadlineEntry(Ids.Grain($"g{random.Next(100)}"), $"n{i}", h.Now.AddSeconds(1 + random.Next(30)));
            await h.Engine.ScheduleAsync(entry.Target, entry.Name, entry.DueAt);
            expected.Add(entry);
        }

        await h.AdvanceAsync(TimeSpan.FromSeconds(31));

        // Due order is by instant; deadlines due at the same instant may fire in any order among themselves.
        var fired = h.Delivery.Fired.Select(f => f.Entry).ToList();
        Assert.Equal(expected.Select(e => e.DueAt).Order(), fired.Select(e => e.DueAt));
        Assert.Equal(expected.ToHashSet(), fired.ToHashSet());
        Assert.Equal(300, fired.Count);
    }

    [Fact]
    public async Task Calls_in_flight_are_bounded_by_MaxConcurrentDispatches()
    {
        using var h = new EngineHarness(o => o.MaxConcurrentDispatches = 2);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = 0;
        var mostRunning = 0;
        h.Delivery.Handler = async (_, _) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref mostRunning, now);
            await release.Task;
            Interlocked.Decrement(ref running);
        };
        await h.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            await h.Engine.ScheduleAsync(Ids.Grain($"g{i}"), "n", h.Now.AddSeconds(1));
        }

        h.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, h.Delivery.Calls.Count);
        Assert.Equal(5, h.Engine.PendingCount());

        release.SetResult();
        await h.Engine.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(5, h.Delivery.Fired.Count);
        Assert.Equal(2, mostRunning);
        Assert.Equal(0, h.Memory.Count);
    }

    [Fact]
    public async Task After_stopping_nothing_fires()
    {
        await _h.StartAsync();
        await _h.Engine.ScheduleAsync(_grain, "ack", _h.Now.AddSeconds(10));
        await _h.Engine.StopAsync(TimeSpan.FromSeconds(30));

        _h.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(_h.Delivery.Calls);
        Assert.Equal(1, _h.Memory.Count);
    }

    [Fact]
    public async Task Arguments_are_checked()
    {
        await _h.StartAsync();
        await Assert.ThrowsAnyAsync<ArgumentException>(() => _h.Engine.ScheduleAsync(_grain, "", _h.Now));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => _h.Engine.ScheduleAsync(default, "n", _h.Now));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => _h.Engine.ApplyAsync(_grain, [new("a", _h.Now)], ["a"]));
        Assert.Equal(0, _h.Memory.Count);
    }

    public void Dispose() => _h.Dispose();

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
