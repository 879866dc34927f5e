using Orleans.Concurrency;

namespace Asivado.Grains.Agents;

/// <summary>A connected console (the gateway binds one per SignalR connection).</summary>
public interface IAgentConsoleObserver : IGrainObserver
{
    /// <summary>One-way: the agent grain never waits on a console.</summary>
    [OneWay]
    Task OnPush(ConsolePush push);

    /// <summary>
    /// One-way: the agent grain's activation is going (idle, moved, or deactivated by Orleans because the silo that
    /// held its directory entry died) and its subscriptions, which live only in memory, go with it. The console
    /// subscribes again, which reaches the grain's next activation, and catches up from the feed.
    /// </summary>
    [OneWay]
    Task OnSubscriptionEnded();
}
