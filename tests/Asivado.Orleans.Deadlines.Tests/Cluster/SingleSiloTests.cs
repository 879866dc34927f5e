using Asivado.Orleans.Deadlines.Table;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.Orleans.Deadlines.Tests.Cluster;

public sealed class SingleSiloTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(Ids.Origin);
    private readonly MemoryDeadlineTable _table = new();
    private DeadlineCluster _c = null!;

    public async Task InitializeAsync() => _c = await DeadlineCluster.StartAsync(_time, _table, configure: o => o.InitialRetryDelay = TimeSpan.FromSeconds(1));

    public async Task DisposeAsync() => await _c.DisposeAsync();

    [Fact]
    public async Task A_grains_deadline_fires_at_its_instant_and_not_before()
    {
        var grain = _c.Grain("fires");
        var due = _c.Now.AddSeconds(10);
        await grain.Schedule("ack", due);
        Assert.Equal([new ScheduledDeadline("ack", due)], await grain.Pending());

        await _c.AdvanceAsync(TimeSpan.FromSeconds(10) - TimeSpan.FromTicks(1));
        Assert.Empty(await grain.Received());

        await _c.AdvanceAsync(TimeSpan.FromTicks(1));
        Assert.Equal([new DeadlineFiring("ack", due, due)], await grain.Received());
        Assert.Empty(await grain.Pending());
        Assert.Equal(0, _table.Count);
    }

    [Fact]
    public async Task Moving_and_cancelling_through_the_scheduler()
    {
        var moved = _c.Grain("moved");
        var cancelled = _c.Grain("cancelled");
        await moved.Schedule("ack", _c.Now.AddSeconds(5));
        await moved.Schedule("ack", _c.Now.AddSeconds(20));
        await cancelled.Schedule("ack", _c.Now.AddSeconds(5));
        Assert.True(await cancelled.Cancel("ack"));
        Assert.False(await cancelled.Cancel("ack"));

        await _c.AdvanceAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(await moved.Received());

        await _c.AdvanceAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([new DeadlineFiring("ack", Ids.Origin.AddSeconds(20), Ids.Origin.AddSeconds(20))], await moved.Received());
        Assert.Empty(await cancelled.Received());
    }

    [Fact]
    public async Task A_throwing_handler_is_retried_and_its_row_kept_until_it_succeeds()
    {
        var grain = _c.Grain("throws");
        var due = _c.Now.AddSeconds(5);
        await grain.FailNext(2);
        await grain.Schedule("ack", due);

        await _c.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Single(await grain.Received());
        Assert.Equal([new ScheduledDeadline("ack", due)], await grain.Pending());

        await _c.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(2, (await grain.Received()).Count);
        Assert.Single(await grain.Pending());

        await _c.AdvanceAsync(TimeSpan.FromSeconds(2));
        Assert.Equal([due, due.AddSeconds(1), due.AddSeconds(3)], (await grain.Received()).Select(f => f.FiredAt));
        Assert.Empty(await grain.Pending());
    }

    [Fact]
    public async Task Rescheduling_the_same_name_inside_the_handler_keeps_the_new_deadline()
    {
        var grain = _c.Grain("reschedules");
        var first = _c.Now.AddSeconds(5);
        var second = _c.Now.AddSeconds(50);
        await grain.RescheduleWhenFired("ack", second);
        await grain.Schedule("ack", first);

        await _c.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Equal([new ScheduledDeadline("ack", second)], await grain.Pending());

        await _c.AdvanceAsync(TimeSpan.FromSeconds(45));
        Assert.Equal([first, second], (await grain.Received()).Select(f => f.DueAt));
        Assert.Empty(await grain.Pending());
    }

    [Fact]
    public async Task A_deadline_beyond_the_look_ahead_is_loaded_only_when_the_window_reaches_it()
    {
        var grain = _c.Grain("far");
        var probe = _c.Probes.Single();
        var due = _c.Now.AddMinutes(3);
        await grain.Schedule("ack", due);
        Assert.Equal(0, probe.InMemoryCount);

        // Loads every 30 s reach now + 1 min: the one at 2:00 reads up to 3:00 (exclusive), the one at 2:30 past it.
        for (var step = 0; step < 4; step++)
        {
            await _c.AdvanceAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, probe.InMemoryCount);
        }

        await _c.AdvanceAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, probe.InMemoryCount);
        Assert.Empty(await grain.Received());

        await _c.AdvanceAsync(TimeSpan.FromSeconds(30));
        Assert.Equal([new DeadlineFiring("ack", due, due)], await grain.Received());
        Assert.Equal(0, probe.InMemoryCount);
    }
}
