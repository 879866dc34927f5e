using Microsoft.AspNetCore.SignalR;

namespace Asivado.LoadTest.Tests.SignalR;

/// <summary>Fails in OnConnectedAsync, which makes the server send a close message with an error.</summary>
public sealed class RefusingHub : Hub
{
    public const string Reason = "consoles are closed today";

    public override Task OnConnectedAsync() => throw new HubException(Reason);
}
