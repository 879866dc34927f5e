using Asivado.Gateway.Hubs;
using Asivado.Gateway.Tests.Hubs.Support;
using Asivado.Grains.Agents;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.Gateway.Tests.Hubs;

public sealed class RateLimitTests
{
    private const string Limited = "rate limited: at most 20 invocations per second (bursts of 10); slow down";

    [Fact]
    public async Task A_console_gets_a_burst_of_10_then_20_per_second_and_a_refused_call_changes_nothing()
    {
        await using var factory = DefaultLimits();
        await using var console = await HubTestClient.ConnectAsync(factory.Server, factory.TokenFor("alice"), "alice");

        for (var i = 0; i < 10; i++)
        {
            await console.InvokeAsync("Resume", 0, null);
        }

        var refused = await console.InvokeExpectingErrorAsync("SetPresence", "Available");
        factory.Time.Advance(TimeSpan.FromMilliseconds(100));
        await console.InvokeAsync("Resume", 0, null);
        await console.InvokeAsync("Resume", 0, null);
        var refusedAgain = await console.InvokeExpectingErrorAsync("Resume", 0, null);

        Assert.Equal(Limited, refused);
        Assert.Equal(Limited, refusedAgain);
        Assert.Equal(AgentPresence.Offline, (await factory.Grains.GetGrain<IAgentGrain>("alice").Get())!.Presence);
    }

    [Fact]
    public async Task Each_connection_has_its_own_budget()
    {
        await using var factory = DefaultLimits();
        await using var first = await HubTestClient.ConnectAsync(factory.Server, factory.TokenFor("alice"), "alice");
        await using var second = await HubTestClient.ConnectAsync(factory.Server, factory.TokenFor("alice"), "alice");
        for (var i = 0; i < 10; i++)
        {
            await first.InvokeAsync("Resume", 0, null);
        }

        Assert.Equal(Limited, await first.InvokeExpectingErrorAsync("Resume", 0, null));
        Assert.Equal(0, (await second.InvokeAsync("Resume", 0, null)).GetProperty("pushes").GetArrayLength());
    }

    [Fact]
    public void The_bucket_refills_at_the_rate_up_to_the_burst()
    {
        var time = new FakeTimeProvider(ConsoleHostFactory.Start);
        var limiter = new InvocationRateLimiter(perSecond: 20, burst: 10, time);

        var initial = Enumerable.Range(0, 11).Count(_ => limiter.TryAcquire());
        time.Advance(TimeSpan.FromMilliseconds(50));
        var afterOneRefill = Enumerable.Range(0, 3).Count(_ => limiter.TryAcquire());
        time.Advance(TimeSpan.FromMinutes(10));
        var afterLongQuiet = Enumerable.Range(0, 20).Count(_ => limiter.TryAcquire());

        Assert.Equal((10, 1, 10), (initial, afterOneRefill, afterLongQuiet));
    }

    private static ConsoleHostFactory DefaultLimits() =>
        new(settings: new Dictionary<string, string?> { ["ConsoleHub:InvocationBurst"] = "10", ["ConsoleHub:InvocationsPerSecond"] = "20" });
}
