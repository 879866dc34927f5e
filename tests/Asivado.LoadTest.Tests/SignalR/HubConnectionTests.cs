using Asivado.LoadTest.SignalR;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.LoadTest.Tests.SignalR;

public sealed class HubConnectionTests
{
    // Guards against a hang only; no test asserts on how long anything took.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Handshake_then_invoke_returns_the_result()
    {
        await using var server = await TestSignalRServer.StartAsync();
        await using var connection = await ConnectAsync(server, "/hubs/test");

        Assert.Equal("hello", await connection.InvokeAsync<string>("Echo", ["hello"]).WaitAsync(HangGuard));
        Assert.Equal(5, await connection.InvokeAsync<int>("Add", [2, 3]).WaitAsync(HangGuard));
    }

    [Fact]
    public async Task Skip_negotiation_connects_directly()
    {
        await using var server = await TestSignalRServer.StartAsync();
        await using var connection = await ConnectAsync(server, "/hubs/test", skipNegotiation: true);

        Assert.Equal("direct", await connection.InvokeAsync<string>("Echo", ["direct"]).WaitAsync(HangGuard));
    }

    [Fact]
    public async Task Invoke_of_a_method_that_throws_HubException_throws_with_the_server_message()
    {
        await using var server = await TestSignalRServer.StartAsync();
        await using var connection = await ConnectAsync(server, "/hubs/test");

        var exception = await Assert.ThrowsAsync<HubInvocationException>(() => connection.InvokeAsync<object>("Fail", ["no such case"]).WaitAsync(HangGuard));

        Assert.Equal("Fail", exception.Target);
        Assert.Equal("An unexpected error occurred invoking 'Fail' on the server. HubException: no such case", exception.Error);
    }

    [Fact]
    public async Task Server_pushes_arrive_in_order()
    {
        await using var server = await TestSignalRServer.StartAsync();
        var received = new List<int>();
        var allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = await ConnectAsync(server, "/hubs/test", configure: c => c.On("push", arguments =>
        {
            received.Add(arguments[0].GetProperty("sequence").GetInt32());
            if (received.Count == 200)
            {
                allArrived.SetResult();
            }
        }));

        await connection.SendAsync("PushToMe", [200]);
        await allArrived.Task.WaitAsync(HangGuard);

        Assert.Equal(Enumerable.Range(1, 200), received);
    }

    [Fact]
    public async Task A_message_larger_than_the_receive_buffer_arrives_whole()
    {
        await using var server = await TestSignalRServer.StartAsync();
        await using var connection = await ConnectAsync(server, "/hubs/test", receiveBufferSize: 256);

        var text = await connection.InvokeAsync<string>("Repeat", ['x', 100_000]).WaitAsync(HangGuard);

        Assert.Equal(new string('x', 100_000), text);
    }

    [Fact]
    public async Task Records_in_one_frame_and_one_record_over_three_frames_are_split_correctly_then_close_error_surfaces()
    {
        await using var server = await TestSignalRServer.StartAsync();
        var sequences = new List<int>();
        await using var connection = await ConnectAsync(server, "/hubs/scripted", skipNegotiation: true,
            configure: c => c.On("push", arguments => sequences.Add(arguments[0].GetProperty("sequence").GetInt32())));

        var reason = await connection.Closed.WaitAsync(HangGuard);

        Assert.Equal([1, 2, 3], sequences);
        Assert.IsType<HubConnectionClosedException>(reason);
        Assert.Equal($"Server closed the connection with an error: {ScriptedSignalRServer.CloseError}", reason.Message);
    }

    [Fact]
    public async Task Access_token_and_query_parameters_are_put_on_the_websocket_url()
    {
        await using var server = await TestSignalRServer.StartAsync();
        var options = new HubConnectionOptions
        {
            HubUrl = server.Hub("/hubs/scripted"),
            SkipNegotiation = true,
            AccessToken = "a b+c",
            QueryParameters = new Dictionary<string, string> { ["agentId"] = "agent-7" },
            TimeProvider = new FakeTimeProvider(),
        };
        await using var connection = new HubConnection(options);
        await connection.StartAsync(CancellationToken.None).WaitAsync(HangGuard);

        Assert.Equal("?agentId=agent-7&access_token=a%20b%2Bc", await server.Scripted.Query.WaitAsync(HangGuard));
    }

    [Fact]
    public async Task Authorized_hub_sees_the_user_from_the_access_token()
    {
        await using var server = await TestSignalRServer.StartAsync();
        await using var connection = await ConnectAsync(server, "/hubs/secure", accessToken: "token-for-agent-42");

        Assert.Equal("agent-42", await connection.InvokeAsync<string>("WhoAmI", []).WaitAsync(HangGuard));
    }

    [Fact]
    public async Task Authorized_hub_without_a_token_fails_negotiation_with_the_status()
    {
        await using var server = await TestSignalRServer.StartAsync();
        await using var connection = new HubConnection(new HubConnectionOptions { HubUrl = server.Hub("/hubs/secure"), TimeProvider = new FakeTimeProvider() });

        var exception = await Assert.ThrowsAsync<HubNegotiationException>(() => connection.StartAsync(CancellationToken.None).WaitAsync(HangGuard));

        Assert.Equal($"Negotiate at {server.Hub("/hubs/secure/negotiate?negotiateVersion=1")} returned 401 Unauthorized.", exception.Message);
    }

    [Fact]
    public async Task Client_sends_a_ping_when_the_ping_interval_elapses()
    {
        await using var server = await TestSignalRServer.StartAsync();
        var time = new FakeTimeProvider();
        await using var connection = await ConnectAsync(server, "/hubs/test", time: time);
        Assert.Equal(0, server.Protocol.PingsReceived);

        time.Advance(TimeSpan.FromSeconds(15));
        await server.Protocol.FirstPing.WaitAsync(HangGuard);

        Assert.Equal(1, server.Protocol.PingsReceived);
    }

    [Fact]
    public async Task Client_answers_the_servers_pings()
    {
        await using var server = await TestSignalRServer.StartAsync(keepAliveInterval: TimeSpan.FromMilliseconds(50));
        await using var connection = await ConnectAsync(server, "/hubs/test");

        await server.Protocol.FirstPing.WaitAsync(HangGuard);

        Assert.True(connection.PingsReceived >= 1, "the client answered a ping it had not received");
    }

    [Fact]
    public async Task Close_with_an_error_from_the_real_server_completes_Closed_with_the_reason()
    {
        await using var server = await TestSignalRServer.StartAsync();
        await using var connection = await ConnectAsync(server, "/hubs/refusing");

        var reason = await connection.Closed.WaitAsync(HangGuard);

        Assert.NotNull(reason);
        Assert.Contains(RefusingHub.Reason, reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_closes_cleanly_and_fails_later_invocations()
    {
        await using var server = await TestSignalRServer.StartAsync();
        await using var connection = await ConnectAsync(server, "/hubs/test");

        await connection.StopAsync().WaitAsync(HangGuard);

        Assert.Null(await connection.Closed.WaitAsync(HangGuard));
        await Assert.ThrowsAsync<HubConnectionClosedException>(() => connection.InvokeAsync<string>("Echo", ["late"]));
    }

    [Fact]
    public void Handshake_error_response_throws_with_the_servers_reason()
    {
        var exception = Assert.Throws<HubHandshakeException>(() => HubConnection.ReadHandshakeResponse("""{"error":"Requested protocol 'json' is not available."}"""u8));

        Assert.Equal("Server rejected the handshake: Requested protocol 'json' is not available.", exception.Message);
    }

    [Fact]
    public void Empty_handshake_response_is_accepted()
    {
        HubConnection.ReadHandshakeResponse("{}"u8);
    }

    private static async Task<HubConnection> ConnectAsync(
        TestSignalRServer server,
        string path,
        bool skipNegotiation = false,
        string? accessToken = null,
        int receiveBufferSize = 4096,
        FakeTimeProvider? time = null,
        Action<HubConnection>? configure = null)
    {
        var connection = new HubConnection(new HubConnectionOptions
        {
            HubUrl = server.Hub(path),
            SkipNegotiation = skipNegotiation,
            AccessToken = accessToken,
            ReceiveBufferSize = receiveBufferSize,
            // A fake clock that nobody advances: the client sends no pings unless a test asks for them.
            TimeProvider = time ?? new FakeTimeProvider(),
        });
        configure?.Invoke(connection);
        await connection.StartAsync(CancellationToken.None).WaitAsync(HangGuard);
        return connection;
    }

}
