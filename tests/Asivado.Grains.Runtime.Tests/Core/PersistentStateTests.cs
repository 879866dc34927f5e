using System.Text;
using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Storage;
using Asivado.Grains.Runtime.Tests.Support;
using Asivado.Grains.Runtime.Tests.TestGrains;

namespace Asivado.Grains.Runtime.Tests.Core;

public sealed class PersistentStateTests
{
    private readonly Probe _probe = new();

    [Fact]
    public async Task State_is_written_as_camel_case_json_and_loaded_before_OnActivateAsync_of_the_next_activation()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<CounterGrain>());
        var grain = host.GrainFactory.GetGrain<ICounterGrain>("c");

        Assert.Equal(0, await grain.ValueOnActivate());
        Assert.False(await grain.Exists());
        await grain.Increment();
        Assert.Equal(2, await grain.Increment());
        await grain.Deactivate();
        await host.WhenIdleAsync();

        Assert.Equal(2, await grain.ValueOnActivate());
        Assert.True(await grain.Exists());
        var stored = await host.Options.Storage.ReadAsync("counter", new GrainId("counter", "c"));
        Assert.Equal("""{"value":2}""", Encoding.UTF8.GetString(stored!.Json));
    }

    [Fact]
    public async Task Clearing_removes_the_record_and_resets_the_state()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<CounterGrain>());
        var grain = host.GrainFactory.GetGrain<ICounterGrain>("c");
        await grain.Increment();

        await grain.Clear();

        Assert.Equal(0, await grain.Get());
        Assert.False(await grain.Exists());
        Assert.Null(await host.Options.Storage.ReadAsync("counter", new GrainId("counter", "c")));
    }

    [Fact]
    public async Task A_conflicting_write_throws_and_deactivates_so_the_next_call_reloads_the_stored_state()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<CounterGrain>());
        var grain = host.GrainFactory.GetGrain<ICounterGrain>("c");
        await grain.Increment();
        var id = new GrainId("counter", "c");
        var current = await host.Options.Storage.ReadAsync("counter", id);
        await host.Options.Storage.WriteAsync("counter", id, Encoding.UTF8.GetBytes("""{"value":100}"""), current!.ETag);

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.Increment());
        await host.WhenIdleAsync();

        Assert.Equal(100, await grain.Get());
        Assert.Equal(2, _probe.Count("activated:c"));
        Assert.Equal(101, await grain.Increment());
    }
}
