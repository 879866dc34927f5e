using Asivado.Gateway.Authentication;
using Asivado.Gateway.Tests.Hubs.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.Gateway.Tests.Hubs;

/// <summary>
/// A hub connection ends with its token (CloseOnAuthenticationExpiration, official .NET client). SignalR's connection
/// manager checks expiries on the system clock once a second, so this test gives the token 2 s and waits for the close.
/// </summary>
public sealed class HubTokenExpiryTests
{
    [Fact]
    public async Task A_connection_whose_token_expires_is_closed()
    {
        await using var factory = new ConsoleHostFactory(settings: new Dictionary<string, string?> { ["Authentication:TokenLifetime"] = "00:00:02" });
        var token = factory.TokenFor("alice");
        await using var console = await OfficialHubConnection.StartAsync(factory.Server, "alice", () => token);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        console.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        await closed.Task.WaitAsync(HubTestClient.WaitLimit);

        Assert.Equal(HubConnectionState.Disconnected, console.State);
        await factory.WhenConnectionsAsync(connections => connections.Count == 0);
    }

    [Fact]
    public void The_ticket_keeps_the_time_the_token_has_left_on_the_hosts_clock()
    {
        var validTo = new DateTime(2026, 1, 5, 8, 0, 10, DateTimeKind.Utc);
        var fake = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        var before = DateTimeOffset.UtcNow;

        var onSystemClock = TicketExpiry.OnSystemClock(validTo, fake);

        Assert.InRange(onSystemClock, before.AddSeconds(10), DateTimeOffset.UtcNow.AddSeconds(10));
        Assert.Equal(new DateTimeOffset(validTo), TicketExpiry.OnSystemClock(validTo, TimeProvider.System));
    }
}
