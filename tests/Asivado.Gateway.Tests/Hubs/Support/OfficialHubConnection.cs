using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Asivado.Gateway.Tests.Hubs.Support;

/// <summary>The official .NET SignalR client over the TestServer's WebSocket client, as a console would connect.</summary>
public static class OfficialHubConnection
{
    /// <summary>A started connection to /hubs/console for <paramref name="personId"/> with <paramref name="accessToken"/>.</summary>
    public static async Task<HubConnection> StartAsync(TestServer server, string personId, Func<string> accessToken)
    {
        var url = new Uri(server.BaseAddress, "/hubs/console?agentId=" + Uri.EscapeDataString(personId));
        var connection = new HubConnectionBuilder()
            .WithUrl(url, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken());
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                options.WebSocketFactory = async (context, cancellation) =>
                {
                    var client = server.CreateWebSocketClient();
                    var uri = new UriBuilder(context.Uri) { Query = context.Uri.Query.TrimStart('?') + "&access_token=" + Uri.EscapeDataString(accessToken()) }.Uri;
                    return await client.ConnectAsync(uri, cancellation);
                };
            })
            .AddJsonProtocol()
            .Build();
        using var timeout = new CancellationTokenSource(HubTestClient.WaitLimit);
        await connection.StartAsync(timeout.Token);
        return connection;
    }

    /// <summary>The HubException's own message: what follows "HubException: " in the error the server sent.</summary>
    public static async Task<string> InvokeExpectingErrorAsync(this HubConnection connection, string method, params object?[] arguments)
    {
        const string marker = "HubException: ";
        using var timeout = new CancellationTokenSource(HubTestClient.WaitLimit);
        var exception = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(
            () => connection.InvokeCoreAsync<object?>(method, arguments, timeout.Token));
        var at = exception.Message.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"Expected a coded HubException, got: {exception.Message}");
        return exception.Message[(at + marker.Length)..];
    }
}
