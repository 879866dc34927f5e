using Orleans.Concurrency;

namespace Asivado.Grains.Agents;

/// <summary>A connected console (the gateway binds one per SignalR connection).</summary>
public interface IAgentConsoleObserver : IGrainObserver
{
    /// <summary>One-way: the agent grain never waits on a console.</summary>
    [OneWay]
    Task OnPush(ConsolePush push);
}
