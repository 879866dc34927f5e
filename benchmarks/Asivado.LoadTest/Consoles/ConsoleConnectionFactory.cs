using Asivado.LoadTest.Run;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Asivado.LoadTest.Consoles;

/// <summary>
/// Makes a console's hub connection on the official .NET client: WebSockets after negotiate, the agent's own token,
/// agentId = the token's sub, every negotiate through one shared HTTP client; no automatic reconnect (the console
/// reconnects and resumes itself, and counts it).
/// </summary>
public sealed class ConsoleConnectionFactory(HttpMessageInvoker http, TimeProvider time)
{
    /// <summary>Generous for 10,000 consoles connecting on a loaded 2-core machine.</summary>
    public static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(60);

    public TimeProvider Time => time;

    /// <param name="target">The silo's base address (the hub is at <see cref="WireContract.ConsoleHubPath"/> under it).</param>
    public HubConnection Create(Uri target, string agentId, string token)
    {
        var url = new Uri(new Uri(target, WireContract.ConsoleHubPath) + "?" + WireContract.AgentIdQueryParameter + "=" + Uri.EscapeDataString(agentId));
        var connection = new HubConnectionBuilder()
            .WithUrl(url, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.HttpMessageHandlerFactory = own =>
                {
                    own.Dispose();
                    return new SharedHttpHandler(http);
                };
            })
            .Build();
        connection.HandshakeTimeout = HandshakeTimeout;
        return connection;
    }
}
