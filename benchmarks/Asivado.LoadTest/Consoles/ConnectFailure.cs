using System.Net.WebSockets;
using Microsoft.AspNetCore.SignalR;

namespace Asivado.LoadTest.Consoles;

/// <summary>Why a console could not connect and resume, or dropped, in the words the results group failures by.</summary>
public static class ConnectFailure
{
    /// <param name="closedWith">What the client's Closed event carried: null when the server closed the connection.</param>
    public static string Dropped(Exception? closedWith) => closedWith switch
    {
        null => "dropped: closed by the server",
        TimeoutException => "dropped: server timeout (nothing received within the client's ServerTimeout, 30 s)",
        _ => $"dropped: {closedWith.GetType().Name}",
    };

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
