using Asivado.Grains.Runtime.Hosting;
using Asivado.Grains.Runtime.Tests.Support;
using Asivado.Grains.Runtime.Tests.TestGrains;

namespace Asivado.Grains.Runtime.Tests.Core;

public sealed class LifecycleTimeoutTests
{
    private readonly Probe _probe = new();

    [Fact]
    public void Both_lifecycle_timeouts_default_to_30_seconds()
    {
        var options = new GrainRuntimeOptions();

        Assert.Equal(TimeSpan.FromSeconds(30), options.ActivationTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), options.DeactivationTimeout);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Lifecycle_timeouts_must_be_positive_or_infinite(int seconds)
    {
        var activation = new GrainRuntimeOptions { ActivationTimeout = TimeSpan.FromSeconds(seconds) };
        var deactivation = new GrainRuntimeOptions { DeactivationTimeout = TimeSpan.FromSeconds(seconds) };

        Assert.Equal("ActivationTimeout", Assert.Throws<ArgumentOutOfRangeException>(activation.Validate).ParamName);
        Assert.Equal("DeactivationTimeout", Assert.Throws<ArgumentOutOfRangeException>(deactivation.Validate).ParamName);
        new GrainRuntimeOptions { ActivationTimeout = Timeout.InfiniteTimeSpan, DeactivationTimeout = Timeout.InfiniteTimeSpan }.Validate();
    }

    [Fact]
    public async Task OnActivateAsync_token_is_cancelled_after_the_activation_timeout_and_the_waiting_call_gets_the_cancellation()
    {
        await using var host = await Hosts.StartAsync(_probe, o =>
        {
            o.AddGrain<PatientLifecycleGrain>();
            o.ActivationTimeout = TimeSpan.FromSeconds(10);
        });
        var grain = host.GrainFactory.GetGrain<IPatientLifecycleGrain>("activate-1");

        var call = grain.Ping();
        await host.AdvanceAsync(TimeSpan.FromSeconds(10) - TimeSpan.FromTicks(1));
        Assert.False(call.IsCompleted);
        Assert.Equal(["activating:activate-1"], _probe.Events);

        host.Time.Advance(TimeSpan.FromTicks(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(["activating:activate-1", "activation-cancelled:activate-1"], _probe.Events);
    }

    [Fact]
    public async Task The_default_activation_timeout_cancels_at_30_seconds()
    {
        await using var host = await Hosts.StartAsync(_probe, o =>
        {
            o.AddGrain<PatientLifecycleGrain>();
            o.CallTimeout = TimeSpan.FromMinutes(5);
        });

        var call = host.GrainFactory.GetGrain<IPatientLifecycleGrain>("activate-2").Ping();
        await host.AdvanceAsync(TimeSpan.FromSeconds(29));
        Assert.False(call.IsCompleted);
        host.Time.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task With_an_infinite_activation_timeout_the_token_is_never_cancelled()
    {
        await using var host = await Hosts.StartAsync(_probe, o =>
        {
            o.AddGrain<PatientLifecycleGrain>();
            o.ActivationTimeout = Timeout.InfiniteTimeSpan;
            o.CallTimeout = Timeout.InfiniteTimeSpan;
        });

        var call = host.GrainFactory.GetGrain<IPatientLifecycleGrain>("activate-3").Ping();
        await host.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.False(call.IsCompleted);
        Assert.Equal(["activating:activate-3"], _probe.Events);
        _probe.Open("release:activate-3");
        Assert.Equal("activate-3", await call);
    }

    [Fact]
    public async Task OnDeactivateAsync_token_is_cancelled_after_the_deactivation_timeout_and_the_next_call_gets_a_new_activation()
    {
        await using var host = await Hosts.StartAsync(_probe, o =>
        {
            o.AddGrain<PatientLifecycleGrain>();
            o.DeactivationTimeout = TimeSpan.FromSeconds(20);
        });
        var grain = host.GrainFactory.GetGrain<IPatientLifecycleGrain>("deactivate-1");
        await grain.Deactivate();
        await _probe.WhenSignalled("deactivating:deactivate-1");

        host.Time.Advance(TimeSpan.FromSeconds(20) - TimeSpan.FromTicks(1));
        Assert.Equal(["deactivating:deactivate-1"], _probe.Events);
        await host.AdvanceAsync(TimeSpan.FromTicks(1));

        Assert.Equal(["deactivating:deactivate-1", "deactivation-cancelled:deactivate-1"], _probe.Events);
        Assert.Equal("deactivate-1", await grain.Ping());
    }

    [Fact]
    public async Task A_grain_that_keeps_the_base_lifecycle_methods_activates_and_deactivates_without_waiting()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<PatientLifecycleGrain>());
        var grain = host.GrainFactory.GetGrain<IPatientLifecycleGrain>("plain");

        Assert.Equal("plain", await grain.Ping());
        await grain.Deactivate();
        await host.WhenIdleAsync();

        Assert.Empty(_probe.Events);
        Assert.Equal("plain", await grain.Ping());
    }
}
