using System.Net.WebSockets;
using Microsoft.AspNetCore.SignalR;

namespace Asivado.LoadTest.Consoles;

/// <summary>Why a console could not connect and resume, in the words the results group failures by.</summary>
public static class ConnectFailure
{
    public static string Reason(Exception exception) => exception switch
    {
        HttpRequestException { StatusCode: { } status } => $"negotiate: HTTP {(int)status}",
        HttpRequestException http => $"negotiate: {http.HttpRequestError}",
        WebSocketException socket => $"websocket: {socket.WebSocketErrorCode}",
        TimeoutException => "handshake timed out",
        OperationCanceledException => "resume timed out",
        HubException hub => $"hub: {hub.Message}",
        _ => exception.GetType().Name,
    };
}
