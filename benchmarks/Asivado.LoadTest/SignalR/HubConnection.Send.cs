using System.Collections.Concurrent;
using System.Net.WebSockets;

namespace Asivado.LoadTest.SignalR;

public sealed partial class HubConnection
{
    private readonly ConcurrentDictionary<long, PendingInvocation> _pending = new();
    private long _lastInvocationId;

    /// <summary>Invokes a hub method without waiting for a result (no invocationId).</summary>
    public Task SendAsync(string target, object?[] arguments, CancellationToken cancellationToken = default) =>
        SendInvocationAsync(target, arguments, invocationId: null, cancellationToken);

    /// <summary>Invokes a hub method and returns its result; a server error throws <see cref="HubInvocationException"/>.</summary>
    public async Task<T> InvokeAsync<T>(string target, object?[] arguments, CancellationToken cancellationToken = default)
    {
        var id = Interlocked.Increment(ref _lastInvocationId);
        var pending = new PendingInvocation<T>(target, SerializerOptions);
        _pending[id] = pending;
        if (_closed.Task.IsCompleted && _pending.TryRemove(id, out _))
        {
            throw new HubConnectionClosedException($"Connection is closed; cannot invoke '{target}'.");
        }

        try
        {
            await SendInvocationAsync(target, arguments, id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _pending.TryRemove(id, out _);
            throw;
        }

        using var registration = cancellationToken.Register(() =>
        {
            if (_pending.TryRemove(id, out var cancelled))
            {
                cancelled.Fail(new OperationCanceledException(cancellationToken));
            }
        });
        return await pending.Task.ConfigureAwait(false);
    }

    private async Task SendInvocationAsync(string target, object?[] arguments, string? invocationId, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _sendBuffer.ResetWrittenCount();
            HubMessageWriter.WriteInvocation(_jsonWriter, _sendBuffer, target, arguments, invocationId, SerializerOptions);
            await _socket.SendAsync(_sendBuffer.WrittenMemory, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private void SendPingInBackground() => _ = SendPingAsync();

    private async Task SendPingAsync()
    {
        if (_socket.State != WebSocketState.Open || !await WaitForSendLockAsync().ConfigureAwait(false))
        {
            return;
        }

        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.SendAsync(HubMessageWriter.Ping, WebSocketMessageType.Text, true, _stopping.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A failed ping means a failed transport: the receive loop reports it.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task<bool> WaitForSendLockAsync()
    {
        try
        {
            await _sendLock.WaitAsync(_stopping.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
        {
            return false;
        }
    }
}
