using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Tests.Support;
using Asivado.Grains.Runtime.Tests.TestGrains;

namespace Asivado.Grains.Runtime.Tests.Core;

public sealed class GrainReferenceTests
{
    [Fact]
    public async Task Keys_round_trip_and_the_grain_type_name_comes_from_the_attribute()
    {
        await using var host = await Hosts.StartAsync(new Probe(), o => o.AddGrain<GuidKeyGrain>().AddGrain<LongKeyGrain>());
        var key = Guid.Parse("6f1c1e0a-3c55-4f7e-9d61-2a4a1b6c9e01");

        Assert.Equal(key, await host.GrainFactory.GetGrain<IGuidKeyGrain>(key).Key());
        Assert.Equal(new GrainId("guid-keyed", "6f1c1e0a3c554f7e9d612a4a1b6c9e01"), await host.GrainFactory.GetGrain<IGuidKeyGrain>(key).Id());
        Assert.Equal(-42L, await host.GrainFactory.GetGrain<ILongKeyGrain>(-42).Key());
        await host.GrainFactory.GetGrain<ILongKeyGrain>(7).Nothing();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task An_empty_string_key_is_rejected_at_the_call_site(string key)
    {
        await using var host = await Hosts.StartAsync(new Probe(), o => o.AddGrain<LifecycleGrain>());

        var error = Assert.ThrowsAny<ArgumentException>(() => host.GrainFactory.GetGrain<ILifecycleGrain>(key));
        Assert.Equal("primaryKey", error.ParamName);
    }

    [Fact]
    public async Task An_empty_guid_key_is_rejected_at_the_call_site()
    {
        await using var host = await Hosts.StartAsync(new Probe(), o => o.AddGrain<GuidKeyGrain>());

        var error = Assert.Throws<ArgumentException>(() => host.GrainFactory.GetGrain<IGuidKeyGrain>(Guid.Empty));
        Assert.Equal("primaryKey", error.ParamName);
    }

    [Fact]
    public async Task An_interface_without_a_grain_class_is_rejected_at_the_call_site()
    {
        await using var host = await Hosts.StartAsync(new Probe(), o => o.AddGrain<LifecycleGrain>());

        var error = Assert.Throws<InvalidOperationException>(() => host.GrainFactory.GetGrain<IOrphanGrain>("k"));
        Assert.Equal(
            $"No grain class implements {typeof(IOrphanGrain).FullName}; add its assembly with GrainRuntimeOptions.AddGrainsFrom or the class with AddGrain<T>.",
            error.Message);
    }

    [Fact]
    public async Task An_interface_with_a_synchronous_method_is_rejected_at_the_call_site()
    {
        await using var host = await Hosts.StartAsync(new Probe(), o => o.AddGrain<BadSignatureGrain>());

        var error = Assert.Throws<InvalidOperationException>(() => host.GrainFactory.GetGrain<IBadSignatureGrain>("k"));
        Assert.Equal(
            $"Method {typeof(IBadSignatureGrain).FullName}.NotAsync returns Int32; grain and observer methods must return Task, Task<T>, ValueTask or ValueTask<T>.",
            error.Message);
    }

    [Fact]
    public async Task Grain_classes_are_discovered_from_an_assembly()
    {
        await using var host = await Hosts.StartAsync(new Probe(), o => o.AddGrainsFrom(typeof(ILongKeyGrain).Assembly));

        Assert.Equal(3L, await host.GrainFactory.GetGrain<ILongKeyGrain>(3).Key());
    }
}
