using Asivado.Grains.Runtime.Tests.Support;
using Asivado.Grains.Runtime.Tests.TestGrains;

namespace Asivado.Grains.Runtime.Tests.Core;

public sealed class ActivationLifecycleTests
{
    private readonly Probe _probe = new();

    [Fact]
    public async Task Concurrent_first_calls_create_one_activation_per_identity()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<LifecycleGrain>());

        var calls = Enumerable.Range(0, 50)
            .Select(i => host.GrainFactory.GetGrain<ILifecycleGrain>(i % 2 == 0 ? "even" : "odd").Generation());
        var generations = await Task.WhenAll(calls);

        Assert.All(generations, g => Assert.Equal(1, g));
        Assert.Equal(1, _probe.Count("constructed:even"));
        Assert.Equal(1, _probe.Count("constructed:odd"));
    }

    [Fact]
    public async Task DeactivateOnIdle_runs_OnDeactivateAsync_and_the_next_call_gets_a_new_activation()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<LifecycleGrain>());
        var grain = host.GrainFactory.GetGrain<ILifecycleGrain>("g");

        await grain.Deactivate();
        await host.WhenIdleAsync();

        Assert.Equal(["constructed:g", "activated:g", "deactivating:g:ApplicationRequested", "deactivated:g"], _probe.Events);
        Assert.Equal(2, await grain.Generation());
    }

    [Fact]
    public async Task A_call_arriving_while_the_activation_deactivates_goes_to_the_next_activation()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<LifecycleGrain>());
        var grain = host.GrainFactory.GetGrain<ILifecycleGrain>("slow");

        await grain.Deactivate();
        await _probe.WhenSignalled("deactivating:slow");
        var during = grain.Generation();
        Assert.False(during.IsCompleted);
        _probe.Open("deactivate:slow");

        Assert.Equal(2, await during);
        Assert.Equal(["constructed:slow", "activated:slow", "deactivating:slow:ApplicationRequested", "deactivated:slow", "constructed:slow", "activated:slow"], _probe.Events);
    }

    [Fact]
    public async Task Idle_activations_are_collected_after_the_collection_age()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<LifecycleGrain>());
        await host.GrainFactory.GetGrain<ILifecycleGrain>("idle").Generation();

        await host.AdvanceAsync(TimeSpan.FromMinutes(14));
        Assert.Equal(0, _probe.Count("deactivating:idle"));

        await host.AdvanceAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(["deactivating:idle:ActivationIdle", "deactivated:idle"], _probe.Events.Skip(2));
    }

    [Fact]
    public async Task Calls_reset_the_idle_clock()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<LifecycleGrain>());
        var grain = host.GrainFactory.GetGrain<ILifecycleGrain>("busy");

        for (var minute = 0; minute < 30; minute += 10)
        {
            await grain.Generation();
            await host.AdvanceAsync(TimeSpan.FromMinutes(10));
        }

        Assert.Equal(0, _probe.Count("deactivating:busy"));
        Assert.Equal(1, await grain.Generation());
    }

    [Fact]
    public async Task Stopping_the_host_deactivates_every_activation()
    {
        var host = await Hosts.StartAsync(_probe, o => o.AddGrain<LifecycleGrain>());
        await host.GrainFactory.GetGrain<ILifecycleGrain>("x").Generation();
        await host.GrainFactory.GetGrain<ILifecycleGrain>("y").Generation();

        await host.DisposeAsync();

        Assert.Equal(
            ["deactivated:x", "deactivated:y", "deactivating:x:ShuttingDown", "deactivating:y:ShuttingDown"],
            _probe.Events.Where(e => e.StartsWith("deactivat", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }
}
