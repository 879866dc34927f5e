using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Asivado.LoadTest.Tests.SignalR;

/// <summary>
/// A hand-scripted hub endpoint that writes exact WebSocket frames, so that framing cases the real
/// server does not produce on demand are deterministic: two records in one frame, one record over
/// three frames, then a close message with an error.
/// </summary>
public sealed class ScriptedSignalRServer
{
    public const string CloseError = "scripted goodbye";

    private readonly TaskCompletionSource<string> _query = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The query string the client connected with.</summary>
    public Task<string> Query => _query.Task;

    public async Task HandleAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        _query.TrySetResult(context.Request.QueryString.Value ?? "");
        await ReadHandshakeAsync(socket);

        await SendAsync(socket, "{}\u001e" + Push(1) + "\u001e" + Push(2) + "\u001e", endOfMessage: true);
        var split = Push(3) + "\u001e";
        await SendAsync(socket, split[..5], endOfMessage: false);
        await SendAsync(socket, split[5..20], endOfMessage: false);
        await SendAsync(socket, split[20..], endOfMessage: true);
        await SendAsync(socket, $$"""{"type":7,"error":"{{CloseError}}"}""" + "\u001e", endOfMessage: true);

        var buffer = new byte[256];
        while (socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer, context.RequestAborted);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, context.RequestAborted);
            }
        }
    }

    private static string Push(int sequence) =>
        $$"""{"type":1,"target":"push","arguments":[{"sequence":{{sequence}},"kind":"escalation"}]}""";

    private static async Task ReadHandshakeAsync(WebSocket socket)
    {
        var buffer = new byte[256];
        var received = 0;
        while (Array.IndexOf(buffer, (byte)0x1E, 0, received) < 0)
        {
            received += (await socket.ReceiveAsync(buffer.AsMemory(received), CancellationToken.None)).Count;
        }
    }

    private static Task SendAsync(WebSocket socket, string text, bool endOfMessage) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage, CancellationToken.None);
}
