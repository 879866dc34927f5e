using Asivado.Grains.Runtime.Tests.Support;
using Asivado.Grains.Runtime.Tests.TestGrains;

namespace Asivado.Grains.Runtime.Tests.Core;

public sealed class TurnBasedExecutionTests
{
    private readonly Probe _probe = new();

    [Fact]
    public async Task Requests_to_a_non_reentrant_grain_run_one_at_a_time_across_awaits()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<TurnGrain>());
        var grain = host.GrainFactory.GetGrain<ITurnGrain>("one");

        var first = grain.Hold("a");
        await _probe.WhenSignalled("entered:a");
        var second = grain.Hold("b");
        await host.WhenIdleAsync();

        Assert.Equal(["start:a"], _probe.Events);
        _probe.Open("b");
        Assert.False(second.IsCompleted);
        _probe.Open("a");
        await Task.WhenAll(first, second);
        Assert.Equal(["start:a", "end:a", "start:b", "end:b"], _probe.Events);
    }

    [Fact]
    public async Task Requests_to_a_reentrant_grain_interleave_at_awaits()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<ReentrantTurnGrain>());
        var grain = host.GrainFactory.GetGrain<IReentrantTurnGrain>("one");

        var first = grain.Hold("a");
        await _probe.WhenSignalled("entered:a");
        var second = grain.Hold("b");
        await _probe.WhenSignalled("entered:b");

        Assert.Equal(["start:a", "start:b"], _probe.Events);
        _probe.Open("b");
        await second;
        _probe.Open("a");
        await first;
        Assert.Equal(["start:a", "start:b", "end:b", "end:a"], _probe.Events);
    }

    [Fact]
    public async Task An_always_interleave_method_runs_while_another_request_is_in_progress()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<TurnGrain>());
        var grain = host.GrainFactory.GetGrain<ITurnGrain>("one");

        var holding = grain.Hold("a");
        await _probe.WhenSignalled("entered:a");

        Assert.Equal("x", await grain.Interleaving("x"));
        Assert.False(holding.IsCompleted);
        _probe.Open("a");
        await holding;
        Assert.Equal(["start:a", "interleaved:x", "end:a"], _probe.Events);
    }

    [Fact]
    public async Task Read_only_methods_run_together_but_not_with_other_methods()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<TurnGrain>());
        var grain = host.GrainFactory.GetGrain<ITurnGrain>("one");

        var reader1 = grain.HoldReadOnly("r1");
        await _probe.WhenSignalled("entered:r1");
        var reader2 = grain.HoldReadOnly("r2");
        await _probe.WhenSignalled("entered:r2");
        var writer = grain.Hold("w");
        var reader3 = grain.HoldReadOnly("r3");
        await host.WhenIdleAsync();

        Assert.Equal(["start:r1", "start:r2"], _probe.Events);
        _probe.Open("w");
        _probe.Open("r3");
        _probe.Open("r1");
        _probe.Open("r2");
        await Task.WhenAll(reader1, reader2, writer, reader3);
        Assert.Equal(["start:w", "end:w", "start:r3", "end:r3"], _probe.Events.Skip(4));
    }
}
