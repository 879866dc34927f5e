using Asivado.Grains.Runtime.Tests.Support;
using Asivado.Grains.Runtime.Tests.TestGrains;

namespace Asivado.Grains.Runtime.Tests.Core;

public sealed class GrainTimerTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly Probe _probe = new();

    [Fact]
    public async Task A_timer_ticks_at_its_due_time_then_every_period_on_the_runtime_clock()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<TimerGrain>());
        await host.GrainFactory.GetGrain<ITimerGrain>("t").Start(2 * Minute, 3 * Minute, keepAlive: false, interleave: false);

        for (var i = 0; i < 8; i++)
        {
            await host.AdvanceAsync(Minute);
        }

        Assert.Equal(["tick:t:08:02", "tick:t:08:05", "tick:t:08:08"], _probe.Events);
    }

    [Fact]
    public async Task A_disposed_timer_stops_ticking()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<TimerGrain>());
        var grain = host.GrainFactory.GetGrain<ITimerGrain>("t");
        await grain.Start(Minute, Minute, keepAlive: false, interleave: false);
        await host.AdvanceAsync(Minute);

        await grain.StopTimer();
        await host.AdvanceAsync(Minute);
        await host.AdvanceAsync(Minute);

        Assert.Equal(["tick:t:08:01"], _probe.Events);
    }

    [Fact]
    public async Task A_tick_waits_for_the_request_in_progress_by_default()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<TimerGrain>().CallTimeout = 2 * Minute);
        var grain = host.GrainFactory.GetGrain<ITimerGrain>("t");
        await grain.Start(Minute, Timeout.InfiniteTimeSpan, keepAlive: false, interleave: false);
        var holding = grain.Hold("a");
        await _probe.WhenSignalled("entered:a");

        host.Time.Advance(Minute);
        Assert.Equal(["start:a"], _probe.Events);
        _probe.Open("a");
        await holding;
        await host.WhenIdleAsync();

        Assert.Equal(["start:a", "end:a", "tick:t:08:01"], _probe.Events);
    }

    [Fact]
    public async Task An_interleaving_tick_runs_while_a_request_is_in_progress()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<TimerGrain>().CallTimeout = 2 * Minute);
        var grain = host.GrainFactory.GetGrain<ITimerGrain>("t");
        await grain.Start(Minute, Timeout.InfiniteTimeSpan, keepAlive: false, interleave: true);
        var holding = grain.Hold("a");
        await _probe.WhenSignalled("entered:a");

        await host.AdvanceAsync(Minute);
        Assert.Equal(["start:a", "tick:t:08:01"], _probe.Events);
        _probe.Open("a");
        await holding;
    }

    [Fact]
    public async Task Timers_are_disposed_on_deactivation()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<TimerGrain>());
        var grain = host.GrainFactory.GetGrain<ITimerGrain>("t");
        await grain.Start(Minute, Minute, keepAlive: false, interleave: false);
        await host.AdvanceAsync(Minute);

        await grain.Deactivate();
        await host.WhenIdleAsync();
        await host.AdvanceAsync(Minute);
        await host.AdvanceAsync(Minute);

        Assert.Equal(["tick:t:08:01", "deactivated:t:ApplicationRequested"], _probe.Events);
    }

    [Fact]
    public async Task Ticks_of_a_keep_alive_timer_keep_the_activation_from_idle_collection()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<TimerGrain>());
        await host.GrainFactory.GetGrain<ITimerGrain>("t").Start(4 * Minute, 4 * Minute, keepAlive: true, interleave: false);

        for (var i = 0; i < 20; i++)
        {
            await host.AdvanceAsync(Minute);
        }

        Assert.Equal(["tick:t:08:04", "tick:t:08:08", "tick:t:08:12", "tick:t:08:16", "tick:t:08:20"], _probe.Events);
    }

    [Fact]
    public async Task Ticks_of_an_ordinary_timer_do_not_count_as_activity()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<TimerGrain>());
        await host.GrainFactory.GetGrain<ITimerGrain>("t").Start(4 * Minute, 4 * Minute, keepAlive: false, interleave: false);

        for (var i = 0; i < 20; i++)
        {
            await host.AdvanceAsync(Minute);
        }

        Assert.Equal(["tick:t:08:04", "tick:t:08:08", "tick:t:08:12", "deactivated:t:ActivationIdle"], _probe.Events);
    }
}
