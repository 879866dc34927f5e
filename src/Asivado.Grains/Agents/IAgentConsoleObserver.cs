using Asivado.Grains.Runtime.Abstractions;

namespace Asivado.Grains.Agents;

/// <summary>A connected console (the gateway binds one per SignalR connection).</summary>
public interface IAgentConsoleObserver : IGrainObserver
{
    Task OnPush(ConsolePush push);
}
