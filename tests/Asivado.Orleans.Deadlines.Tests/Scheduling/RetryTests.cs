namespace Asivado.Orleans.Deadlines.Tests.Scheduling;

public sealed class RetryTests : IDisposable
{
    private readonly EngineHarness _h = new(o =>
    {
        o.InitialRetryDelay = TimeSpan.FromSeconds(1);
        o.MaxRetryDelay = TimeSpan.FromSeconds(3);
    });

    private readonly GrainId _grain = Ids.Grain("1");

    [Fact]
    public async Task A_failing_call_is_retried_with_doubling_back_off_and_the_row_kept_until_it_succeeds()
    {
        await _h.StartAsync();
        var due = _h.Now.AddSeconds(10);
        await _h.Engine.ScheduleAsync(_grain, "ack", due);
        _h.Delivery.FailFirst(_grain, "ack", 3);

        await _h.AdvanceAsync(TimeSpan.FromSeconds(10));
        Assert.Single(_h.Delivery.Calls);
        Assert.Equal(1, _h.Memory.Count);

        // Back-off 1 s, 2 s, then capped at 3 s.
        await _h.AdvanceInStepsAsync(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1));
        Assert.Equal(3, _h.Delivery.Calls.Count);
        Assert.Equal(1, _h.Memory.Count);

        await _h.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(
            [(due, true), (due.AddSeconds(1), true), (due.AddSeconds(3), true), (due.AddSeconds(6), false)],
            _h.Delivery.Calls.Select(c => (c.Firing.FiredAt, c.Failed)));
        Assert.All(_h.Delivery.Calls, c => Assert.Equal(due, c.Firing.DueAt));
        Assert.Equal(0, _h.Memory.Count);
        Assert.Equal(0, _h.Engine.PendingCount());
    }

    [Fact]
    public async Task A_deadline_cancelled_while_waiting_for_its_retry_is_not_retried()
    {
        await _h.StartAsync();
        await _h.Engine.ScheduleAsync(_grain, "ack", _h.Now.AddSeconds(1));
        _h.Delivery.FailFirst(_grain, "ack", 1);
        await _h.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.True(await _h.Engine.CancelAsync(_grain, "ack"));
        await _h.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Single(_h.Delivery.Calls);
    }

    [Fact]
    public async Task Rescheduling_the_same_name_inside_the_handler_keeps_the_new_deadline()
    {
        await _h.StartAsync();
        var first = _h.Now.AddSeconds(10);
        var second = _h.Now.AddSeconds(40);
        _h.Delivery.Handler = (entry, firing) => firing.DueAt == first ? _h.Engine.ScheduleAsync(entry.Target, entry.Name, second) : Task.CompletedTask;
        await _h.Engine.ScheduleAsync(_grain, "ack", first);

        await _h.AdvanceAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([new ScheduledDeadline("ack", second)], await _h.Engine.GetAsync(_grain));
        Assert.Equal(1, _h.Engine.PendingCount());

        await _h.AdvanceAsync(TimeSpan.FromSeconds(30));
        Assert.Equal([first, second], _h.Delivery.Fired.Select(f => f.Firing.DueAt));
        Assert.Empty(await _h.Engine.GetAsync(_grain));
    }

    [Fact]
    public async Task A_failed_load_is_retried_and_nothing_is_lost()
    {
        await _h.Memory.ApplyAsync(_grain, [new("ack", _h.Now.AddSeconds(-30))], []);
        _h.Table.FailNextReads(1);
        await _h.StartAsync();
        Assert.Empty(_h.Delivery.Calls);

        await _h.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Single(_h.Delivery.Fired);
        Assert.Equal(0, _h.Memory.Count);
    }

    public void Dispose() => _h.Dispose();
}
