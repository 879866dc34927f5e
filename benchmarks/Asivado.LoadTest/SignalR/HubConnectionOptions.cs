namespace Asivado.LoadTest.SignalR;

/// <summary>How one <see cref="HubConnection"/> reaches its hub.</summary>
public sealed class HubConnectionOptions
{
    /// <summary>The hub's HTTP(S) address, e.g. https://host/hubs/console. Required.</summary>
    public required Uri HubUrl { get; init; }

    /// <summary>Sent as a Bearer header on negotiate and as access_token on the WebSocket URL. Optional.</summary>
    public string? AccessToken { get; init; }

    /// <summary>Extra query parameters appended to the WebSocket URL (e.g. an agent id). Optional.</summary>
    public IReadOnlyDictionary<string, string> QueryParameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Connect the WebSocket directly, without the negotiate request (the server must allow it). Default false.</summary>
    public bool SkipNegotiation { get; init; }

    /// <summary>How often the client sends a ping message. Default 15 s, as the .NET and JS clients do.</summary>
    public TimeSpan PingInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long connect waits for the handshake response. Default 15 s.</summary>
    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Initial receive buffer (rented from the shared pool); grows for larger messages. Default 4 KiB.</summary>
    public int ReceiveBufferSize { get; init; } = 4 * 1024;

    /// <summary>Used for negotiate; share one across connections. Default: a process-wide client.</summary>
    public HttpMessageInvoker? Http { get; init; }

    /// <summary>Drives the ping timer and timeouts. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Called when an invocation handler throws; the connection keeps running. Optional.</summary>
    public Action<string, Exception>? OnHandlerError { get; init; }
}
