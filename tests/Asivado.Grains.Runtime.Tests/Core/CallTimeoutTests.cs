using Asivado.Grains.Runtime.Tests.Support;
using Asivado.Grains.Runtime.Tests.TestGrains;

namespace Asivado.Grains.Runtime.Tests.Core;

public sealed class CallTimeoutTests
{
    [Fact]
    public async Task A_call_cycle_between_non_reentrant_grains_fails_with_a_timeout_after_the_call_timeout()
    {
        await using var host = await Hosts.StartAsync(new Probe(), o => o.AddGrain<DeadlockGrain>());
        var a = host.GrainFactory.GetGrain<IDeadlockGrain>("a");

        var call = a.CallPeer("b");
        host.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(call.IsCompleted);
        host.Time.Advance(TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => call);
        Assert.Matches(@"^Call to IDeadlockGrain\.\w+ on grain deadlock/[ab] did not complete within 00:00:30\.", error.Message);
    }

    [Fact]
    public async Task The_call_timeout_comes_from_the_options()
    {
        await using var host = await Hosts.StartAsync(new Probe(), o =>
        {
            o.AddGrain<DeadlockGrain>();
            o.CallTimeout = TimeSpan.FromSeconds(5);
        });

        var call = host.GrainFactory.GetGrain<IDeadlockGrain>("a").CallPeer("b");
        host.Time.Advance(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => call);
        Assert.Contains("did not complete within 00:00:05", error.Message);
    }
}
