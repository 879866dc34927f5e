using System.Net;
using System.Net.WebSockets;
using Asivado.LoadTest.Consoles;
using Microsoft.AspNetCore.SignalR;

namespace Asivado.LoadTest.Tests.Consoles;

public sealed class ConnectFailureTests
{
    [Fact]
    public void A_refused_negotiate_is_named_by_its_status()
    {
        Assert.Equal("negotiate: HTTP 403", ConnectFailure.Reason(new HttpRequestException("Forbidden", null, HttpStatusCode.Forbidden)));
        Assert.Equal("negotiate: ConnectionError", ConnectFailure.Reason(new HttpRequestException(HttpRequestError.ConnectionError, "refused")));
    }

    [Fact]
    public void Other_connect_failures_are_named_by_what_failed()
    {
        Assert.Equal("websocket: ConnectionClosedPrematurely", ConnectFailure.Reason(new WebSocketException(WebSocketError.ConnectionClosedPrematurely)));
        Assert.Equal("handshake timed out", ConnectFailure.Reason(new TimeoutException()));
        Assert.Equal("resume timed out", ConnectFailure.Reason(new OperationCanceledException()));
        Assert.Equal("hub: forbidden: not yours", ConnectFailure.Reason(new HubException("forbidden: not yours")));
    }

    [Fact]
    public void A_drop_is_named_by_what_closed_it()
    {
        Assert.Equal("dropped: closed by the server", ConnectFailure.Dropped(null));
        Assert.StartsWith("dropped: server timeout", ConnectFailure.Dropped(new TimeoutException()), StringComparison.Ordinal);
        Assert.Equal("dropped: IOException", ConnectFailure.Dropped(new IOException("reset")));
    }
}
