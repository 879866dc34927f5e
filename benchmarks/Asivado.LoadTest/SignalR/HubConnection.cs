using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;

namespace Asivado.LoadTest.SignalR;

/// <summary>
/// A minimal SignalR client: JSON hub protocol over one WebSocket. Each connection owns one pooled
/// receive buffer and one receive loop (an async task, not a thread), so thousands fit in a process.
/// Invocation handlers run on the receive loop, in arrival order; their <see cref="JsonElement"/>
/// arguments are valid only during the call (<see cref="JsonElement.Clone"/> to keep one).
/// </summary>
public sealed partial class HubConnection : IAsyncDisposable
{
    private static readonly JsonSerializerOptions DefaultSerializerOptions = new(JsonSerializerDefaults.Web);

    private readonly HubConnectionOptions _options;
    private readonly ClientWebSocket _socket = new();
    private readonly RecordSeparatedBuffer _receiveBuffer;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ArrayBufferWriter<byte> _sendBuffer = new(256);
    private readonly Utf8JsonWriter _jsonWriter = new(Stream.Null);
    private readonly TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _handlersGate = new();
    private volatile (string Target, Action<JsonElement> Handler)[] _handlers = [];
    private ITimer? _pingTimer;
    private Task _receiveLoop = Task.CompletedTask;
    private long _pingsReceived;

    public HubConnection(HubConnectionOptions options)
    {
        _options = options;
        _receiveBuffer = new RecordSeparatedBuffer(options.ReceiveBufferSize);
        _socket.Options.SetBuffer(options.ReceiveBufferSize, options.ReceiveBufferSize);
    }

    public JsonSerializerOptions SerializerOptions { get; init; } = DefaultSerializerOptions;

    /// <summary>Completes when the connection ends: null after a clean close, else the reason.</summary>
    public Task<Exception?> Closed => _closed.Task;

    public long PingsReceived => Interlocked.Read(ref _pingsReceived);

    /// <summary>Registers a handler for server invocations of <paramref name="target"/> (ordinal match). Register before connecting.</summary>
    public void On(string target, Action<JsonElement> handler)
    {
        lock (_handlersGate)
        {
            _handlers = [.. _handlers, (target, handler)];
        }
    }

    /// <summary>Negotiates (unless skipped), opens the WebSocket, completes the handshake and starts receiving.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.HandshakeTimeout, _options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var connectionToken = _options.SkipNegotiation ? null : await HubNegotiator.NegotiateAsync(_options, linked.Token).ConfigureAwait(false);
            var url = HubUrls.WebSocket(_options.HubUrl, connectionToken, _options.AccessToken, _options.QueryParameters);
            await _socket.ConnectAsync(url, linked.Token).ConfigureAwait(false);
            await _socket.SendAsync(HubMessageWriter.Handshake, WebSocketMessageType.Text, true, linked.Token).ConfigureAwait(false);
            await ReceiveHandshakeAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new HubHandshakeException($"No handshake response from {_options.HubUrl} within {_options.HandshakeTimeout}.");
        }

        _receiveLoop = ReceiveLoopAsync();
        if (_options.PingInterval > TimeSpan.Zero)
        {
            _pingTimer = _options.TimeProvider.CreateTimer(static state => ((HubConnection)state!).SendPingInBackground(), this, _options.PingInterval, _options.PingInterval);
        }
    }

    /// <summary>Closes the WebSocket and waits for the receive loop to end.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        _pingTimer?.Dispose();
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException)
            {
                // Already failing: the receive loop reports why.
            }
        }

        await _receiveLoop.ConfigureAwait(false);
        Finish(null);
    }

    public async ValueTask DisposeAsync()
    {
        _pingTimer?.Dispose();
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _receiveLoop.ConfigureAwait(false);
        Finish(null);
        _socket.Dispose();
        _receiveBuffer.Dispose();
        _stopping.Dispose();
        _jsonWriter.Dispose();
    }
}
