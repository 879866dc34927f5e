using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.TestHost;

namespace Asivado.Gateway.Tests.Hubs.Support;

/// <summary>
/// A SignalR client for tests, speaking the JSON hub protocol over the TestServer's WebSocket client (the .NET
/// SignalR client cannot be restored here): handshake {"protocol":"json","version":1} + 0x1E, then invocation (1),
/// completion (3), ping (6) and close (7) messages, each ended by 0x1E. Waits are bounded by <see cref="WaitLimit"/>
/// so a missing message fails the test instead of hanging it.
/// </summary>
public sealed class HubTestClient : IAsyncDisposable
{
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(15);

    private const byte RecordSeparator = 0x1E;
    private readonly WebSocket _socket;
    private readonly Channel<JsonElement> _pushes = Channel.CreateUnbounded<JsonElement>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly TaskCompletionSource<string?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<byte> _buffer = [];
    private Task _receiving = Task.CompletedTask;
    private int _nextInvocationId;

    private HubTestClient(WebSocket socket)
    {
        _socket = socket;
    }

    /// <summary>Completes with the close message's error (null for a clean close) when the server ends the connection.</summary>
    public Task<string?> Closed => _closed.Task;

    /// <summary>Connects to /hubs/console with the token as access_token (as browsers do) and completes the handshake.</summary>
    /// <exception cref="InvalidOperationException">The server refused the WebSocket request (the message holds the status code).</exception>
    public static async Task<HubTestClient> ConnectAsync(TestServer server, string? accessToken, string? agentId = null)
    {
        var query = new List<string>();
        if (agentId is not null)
        {
            query.Add("agentId=" + Uri.EscapeDataString(agentId));
        }

        if (accessToken is not null)
        {
            query.Add("access_token=" + Uri.EscapeDataString(accessToken));
        }

        var uri = new UriBuilder(server.BaseAddress) { Scheme = "ws", Path = "/hubs/console", Query = string.Join('&', query) }.Uri;
        using var timeout = new CancellationTokenSource(WaitLimit);
        var socket = await server.CreateWebSocketClient().ConnectAsync(uri, timeout.Token);
        var client = new HubTestClient(socket);
        await client.SendRawAsync("""{"protocol":"json","version":1}""");
        var handshake = await client.ReceiveMessagesAsync(timeout.Token);
        if (handshake.Count == 0)
        {
            throw new InvalidOperationException("Handshake refused: the connection closed.");
        }

        if (handshake[0].TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"Handshake refused: {error.GetString()}");
        }

        foreach (var message in handshake.Skip(1))
        {
            client.Dispatch(message);
        }

        client._receiving = Task.Run(client.ReceiveLoopAsync);
        return client;
    }

    /// <summary>Invokes a hub method and returns its result.</summary>
    /// <exception cref="HubInvocationException">The server answered with an error.</exception>
    public async Task<JsonElement> InvokeAsync(string method, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref _nextInvocationId).ToString(CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        await SendRawAsync(JsonSerializer.Serialize(new { type = 1, invocationId = id, target = method, arguments }));
        return await completion.Task.WaitAsync(WaitLimit);
    }

    /// <summary>The HubException message of an invocation that must fail (what follows "HubException: " in the error).</summary>
    public async Task<string> InvokeExpectingErrorAsync(string method, params object?[] arguments)
    {
        const string marker = "HubException: ";
        var exception = await Assert.ThrowsAsync<HubInvocationException>(() => InvokeAsync(method, arguments));
        var at = exception.Message.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"Expected a HubException, got: {exception.Message}");
        return exception.Message[(at + marker.Length)..];
    }

    /// <summary>The one argument of the next "push" invocation from the server.</summary>
    public async Task<JsonElement> NextPushAsync()
    {
        using var timeout = new CancellationTokenSource(WaitLimit);
        return await _pushes.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Pushes received and not yet read, without waiting.</summary>
    public IReadOnlyList<JsonElement> DrainPushes()
    {
        var pushes = new List<JsonElement>();
        while (_pushes.Reader.TryRead(out var push))
        {
            pushes.Add(push);
        }

        return pushes;
    }

    /// <summary>Reads pushes until one has the given kind; returns it.</summary>
    public async Task<JsonElement> NextPushOfKindAsync(string kind)
    {
        while (true)
        {
            var push = await NextPushAsync();
            if (push.GetProperty("kind").GetString() == kind)
            {
                return push;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(WaitLimit);
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
            {
                // Already going away.
            }
        }

        await _stop.CancelAsync();
        try
        {
            await _receiving.WaitAsync(WaitLimit);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The loop ends on cancellation or a closed socket.
        }

        _socket.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }

    private async Task SendRawAsync(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json + (char)RecordSeparator);
        await _sendLock.WaitAsync();
        try
        {
            using var timeout = new CancellationTokenSource(WaitLimit);
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var messages = await ReceiveMessagesAsync(_stop.Token);
                if (messages.Count == 0)
                {
                    break;
                }

                foreach (var message in messages)
                {
                    Dispatch(message);
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // Closed under us.
        }
        finally
        {
            _closed.TrySetResult(null);
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(new HubInvocationException("connection closed before the invocation completed"));
            }

            _pushes.Writer.TryComplete();
        }
    }

    /// <summary>Reads frames until at least one complete message is buffered; an empty list means the socket closed.</summary>
    private async Task<List<JsonElement>> ReceiveMessagesAsync(CancellationToken cancellationToken)
    {
        var frame = new byte[16 * 1024];
        while (true)
        {
            var messages = TakeBufferedMessages();
            if (messages.Count > 0)
            {
                return messages;
            }

            var result = await _socket.ReceiveAsync(frame, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return [];
            }

            _buffer.AddRange(frame.AsSpan(0, result.Count).ToArray());
        }
    }

    private List<JsonElement> TakeBufferedMessages()
    {
        var messages = new List<JsonElement>();
        int separator;
        while ((separator = _buffer.IndexOf(RecordSeparator)) >= 0)
        {
            var json = _buffer.GetRange(0, separator).ToArray();
            _buffer.RemoveRange(0, separator + 1);
            using var document = JsonDocument.Parse(json);
            messages.Add(document.RootElement.Clone());
        }

        return messages;
    }

    private void Dispatch(JsonElement message)
    {
        if (!message.TryGetProperty("type", out var type))
        {
            return;
        }

        switch (type.GetInt32())
        {
            case 1 when message.GetProperty("target").GetString() == "push":
                var arguments = message.GetProperty("arguments");
                Assert.Equal(1, arguments.GetArrayLength());
                _pushes.Writer.TryWrite(arguments[0]);
                break;
            case 3:
                var id = message.GetProperty("invocationId").GetString()!;
                if (_pending.TryRemove(id, out var completion))
                {
                    if (message.TryGetProperty("error", out var error))
                    {
                        completion.TrySetException(new HubInvocationException(error.GetString() ?? ""));
                    }
                    else
                    {
                        completion.TrySetResult(message.TryGetProperty("result", out var result) ? result : default);
                    }
                }

                break;
            case 7:
                _closed.TrySetResult(message.TryGetProperty("error", out var closeError) ? closeError.GetString() : null);
                break;
        }
    }
}

/// <summary>A hub invocation answered with an error; the message is the server's.</summary>
public sealed class HubInvocationException(string message) : Exception(message);
