using Asivado.Gateway.Tests.Hubs.Support;

namespace Asivado.Gateway.Tests.Hubs;

public sealed class SubscriptionRenewalTests
{
    [Fact]
    public async Task The_renewal_service_renews_every_2_minutes_of_host_time_so_a_console_outlives_the_5_minute_expiry()
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await factory.ConnectConsoleAsync("alice");

        // Three ticks of the hosted renewal, each awaited as it completes: 6 minutes, past the agent grain's 5-minute expiry.
        for (var tick = 0; tick < 3; tick++)
        {
            var renewed = NextRenewal(factory);
            factory.Time.Advance(TimeSpan.FromMinutes(2));
            Assert.Equal(1, await renewed.WaitAsync(HubTestClient.WaitLimit));
        }

        await HubTestCases.NotifyAsync(factory, "alice", "six minutes later");

        Assert.Equal("six minutes later", (await console.NextPushAsync()).GetProperty("text").GetString());
    }

    private static Task<int> NextRenewal(ConsoleHostFactory factory)
    {
        var renewed = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnRenewed(int count)
        {
            factory.Connections.SubscriptionsRenewed -= OnRenewed;
            renewed.TrySetResult(count);
        }

        factory.Connections.SubscriptionsRenewed += OnRenewed;
        return renewed.Task;
    }
}
