using System.Net.WebSockets;
using System.Text.Json;

namespace Asivado.LoadTest.SignalR;

public sealed partial class HubConnection
{
    private async Task ReceiveHandshakeAsync(CancellationToken cancellationToken)
    {
        ReadOnlyMemory<byte> record;
        while (!_receiveBuffer.TryReadRecord(out record))
        {
            var result = await _socket.ReceiveAsync(_receiveBuffer.GetReceiveMemory(), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new HubHandshakeException($"Server closed the WebSocket before the handshake response ({_socket.CloseStatus} {_socket.CloseStatusDescription}).");
            }

            _receiveBuffer.Advance(result.Count);
        }

        ReadHandshakeResponse(record.Span);
    }

    /// <summary>Accepts <c>{}</c>; throws with the server's reason for <c>{"error":"..."}</c> or anything else.</summary>
    public static void ReadHandshakeResponse(ReadOnlySpan<byte> record)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(record);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException exception)
        {
            throw new HubHandshakeException($"Handshake response is not JSON: {exception.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new HubHandshakeException("Handshake response is not a JSON object.");
            }

            if (document.RootElement.TryGetProperty("error"u8, out var error))
            {
                throw new HubHandshakeException($"Server rejected the handshake: {error}");
            }
        }
    }

    private async Task ReceiveLoopAsync()
    {
        Exception? failure = null;
        try
        {
            while (true)
            {
                while (_receiveBuffer.TryReadRecord(out var record))
                {
                    if (!Dispatch(record, out failure))
                    {
                        await CloseOutputQuietlyAsync().ConfigureAwait(false);
                        return;
                    }
                }

                var result = await _socket.ReceiveAsync(_receiveBuffer.GetReceiveMemory(), _stopping.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await CloseOutputQuietlyAsync().ConfigureAwait(false);
                    return;
                }

                _receiveBuffer.Advance(result.Count);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is WebSocketException or JsonException or HubConnectionClosedException)
        {
            failure = exception as HubConnectionClosedException ?? new HubConnectionClosedException($"Connection to {_options.HubUrl} failed: {exception.Message}", exception);
        }
        finally
        {
            Finish(failure);
        }
    }

    /// <summary>Handles one hub message; false when it was a close message (with the failure it carried, if any).</summary>
    private bool Dispatch(ReadOnlyMemory<byte> record, out Exception? closeReason)
    {
        closeReason = null;
        using var document = JsonDocument.Parse(record);
        var message = document.RootElement;
        if (!message.TryGetProperty("type"u8, out var typeElement) || !typeElement.TryGetInt32(out var type))
        {
            throw new HubConnectionClosedException("Server sent a hub message without a numeric 'type'.");
        }

        switch ((HubMessageType)type)
        {
            case HubMessageType.Invocation:
                Invoke(message);
                return true;
            case HubMessageType.Completion:
                Complete(message);
                return true;
            case HubMessageType.Ping:
                Interlocked.Increment(ref _pingsReceived);
                SendPingInBackground();
                return true;
            case HubMessageType.Close:
                if (message.TryGetProperty("error"u8, out var error) && error.ValueKind == JsonValueKind.String)
                {
                    closeReason = new HubConnectionClosedException($"Server closed the connection with an error: {error.GetString()}");
                }

                return false;
            default:
                return true; // Streaming messages: not used by this client.
        }
    }

    private void Invoke(JsonElement message)
    {
        if (!message.TryGetProperty("target"u8, out var target) || !message.TryGetProperty("arguments"u8, out var arguments))
        {
            throw new HubConnectionClosedException("Server sent an invocation without 'target' or 'arguments'.");
        }

        foreach (var (name, handler) in _handlers)
        {
            if (!target.ValueEquals(name))
            {
                continue;
            }

            try
            {
                handler(arguments);
            }
            catch (Exception exception)
            {
                _options.OnHandlerError?.Invoke(name, exception);
            }
        }
    }

    private void Complete(JsonElement message)
    {
        if (!message.TryGetProperty("invocationId"u8, out var idElement)
            || !long.TryParse(idElement.GetString(), out var id)
            || !_pending.TryRemove(id, out var pending))
        {
            return; // Not ours, or already cancelled.
        }

        if (message.TryGetProperty("error"u8, out var error))
        {
            pending.Fail(new HubInvocationException(pending.Target, error.GetString() ?? error.ToString()));
        }
        else
        {
            pending.Complete(message.TryGetProperty("result"u8, out var result) ? result : null);
        }
    }

    private async Task CloseOutputQuietlyAsync()
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
            }
            catch (WebSocketException)
            {
                // The peer is gone; nothing left to tell it.
            }
        }
    }

    private void Finish(Exception? reason)
    {
        _pingTimer?.Dispose();
        if (!_closed.TrySetResult(reason))
        {
            return;
        }

        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var pending))
            {
                pending.Fail(new HubConnectionClosedException($"Connection closed before '{pending.Target}' completed.", reason));
            }
        }
    }
}
