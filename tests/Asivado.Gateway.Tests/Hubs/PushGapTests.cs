using Asivado.Gateway.Hubs;
using Asivado.Gateway.Tests.Hubs.Support;
using Asivado.Grains.Agents;
using Orleans.Core.Internal;

namespace Asivado.Gateway.Tests.Hubs;

/// <summary>
/// A connection's pushes are gap-free and never repeated, even when its subscription was lost for a while (the
/// agent grain moved to another silo, which keeps no subscriptions): the missing pushes come from the agent's feed,
/// in order, before the next one.
/// </summary>
public sealed class PushGapTests
{
    [Fact]
    public async Task Pushes_made_while_the_subscription_was_lost_arrive_in_order_before_the_next_push()
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await factory.ConnectConsoleAsync("alice");
        await HubTestCases.NotifyAsync(factory, "alice", "one");
        Assert.Equal("one", Text(await console.NextPushAsync()));
        var agent = factory.Grains.GetGrain<IAgentGrain>("alice");
        var session = factory.Connections.ForAgent("alice").Single();

        await agent.Unsubscribe(session.Reference);
        await HubTestCases.NotifyAsync(factory, "alice", "two, while not subscribed");
        await agent.Subscribe(session.Reference);
        await HubTestCases.NotifyAsync(factory, "alice", "three");

        Assert.Equal((2, "two, while not subscribed"), Describe(await console.NextPushAsync()));
        Assert.Equal((3, "three"), Describe(await console.NextPushAsync()));
        Assert.Empty(console.DrainPushes());
    }

    [Fact]
    public async Task Renewing_subscriptions_sends_what_the_feed_got_meanwhile_once()
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await factory.ConnectConsoleAsync("alice");
        var agent = factory.Grains.GetGrain<IAgentGrain>("alice");
        await agent.Unsubscribe(factory.Connections.ForAgent("alice").Single().Reference);
        await HubTestCases.NotifyAsync(factory, "alice", "one");
        await HubTestCases.NotifyAsync(factory, "alice", "two");

        await factory.Connections.RenewAllAsync();
        await factory.Connections.RenewAllAsync();
        await HubTestCases.NotifyAsync(factory, "alice", "three");

        Assert.Equal((1, "one"), Describe(await console.NextPushAsync()));
        Assert.Equal((2, "two"), Describe(await console.NextPushAsync()));
        Assert.Equal((3, "three"), Describe(await console.NextPushAsync()));
        Assert.Empty(console.DrainPushes());
    }

    [Fact]
    public async Task A_console_whose_agent_grain_activation_ends_subscribes_to_the_next_and_loses_nothing()
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await factory.ConnectConsoleAsync("alice");
        await HubTestCases.NotifyAsync(factory, "alice", "one");
        Assert.Equal("one", Text(await console.NextPushAsync()));
        var resubscribed = Resubscribed(factory);

        // Orleans deactivates every activation whose directory entry was on a silo that died, wherever it runs.
        await factory.Grains.GetGrain<IAgentGrain>("alice").Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await HubTestCases.NotifyAsync(factory, "alice", "two, to the next activation");
        await resubscribed.WaitAsync(HubTestClient.WaitLimit);
        await HubTestCases.NotifyAsync(factory, "alice", "three");

        Assert.Equal((2, "two, to the next activation"), Describe(await console.NextPushAsync()));
        Assert.Equal((3, "three"), Describe(await console.NextPushAsync()));
        Assert.Empty(console.DrainPushes());
    }

    [Fact]
    public async Task A_push_delivered_again_is_not_sent_twice()
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await factory.ConnectConsoleAsync("alice");
        var first = await HubTestCases.NotifyAsync(factory, "alice", "one");
        Assert.Equal("one", Text(await console.NextPushAsync()));

        await factory.Connections.ForAgent("alice").Single().Observer.OnPush(first);
        await HubTestCases.NotifyAsync(factory, "alice", "two");

        Assert.Equal((2, "two"), Describe(await console.NextPushAsync()));
        Assert.Empty(console.DrainPushes());
    }

    private static Task Resubscribed(ConsoleHostFactory factory)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnResubscribed(ConsoleSession session)
        {
            factory.Connections.Resubscribed -= OnResubscribed;
            done.TrySetResult();
        }

        factory.Connections.Resubscribed += OnResubscribed;
        return done.Task;
    }

    private static string? Text(System.Text.Json.JsonElement push) => push.GetProperty("text").GetString();

    private static (long, string?) Describe(System.Text.Json.JsonElement push) => (push.GetProperty("sequence").GetInt64(), Text(push));
}
