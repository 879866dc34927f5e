using System.Text.Json;
using Asivado.Gateway.Tests.Hubs.Support;

namespace Asivado.Gateway.Tests.Hubs;

public sealed class ResumeTests
{
    [Fact]
    public async Task Resume_returns_the_pushes_missed_while_the_connection_was_down()
    {
        await using var factory = new ConsoleHostFactory();
        var console = await factory.ConnectConsoleAsync("alice");
        await HubTestCases.NotifyAsync(factory, "alice", "one");
        await HubTestCases.NotifyAsync(factory, "alice", "two");
        var lastSeen = (await console.NextPushAsync()).GetProperty("sequence").GetInt64();
        lastSeen = Math.Max(lastSeen, (await console.NextPushAsync()).GetProperty("sequence").GetInt64());
        await console.DisposeAsync();
        await factory.WhenConnectionsAsync(c => c.Count == 0);

        await HubTestCases.NotifyAsync(factory, "alice", "three");
        await HubTestCases.EscalateAsync(factory, "alice", "case-9");
        await using var reconnected = await factory.ConnectConsoleAsync("alice");
        var missed = (await reconnected.InvokeAsync("Resume", lastSeen, null)).GetProperty("pushes");

        Assert.Equal(2, lastSeen);
        Assert.Equal(["3:case-changed:three", "4:escalation:Half of the reply time is used."], Describe(missed));
        Assert.Empty(reconnected.DrainPushes());
    }

    [Fact]
    public async Task Resume_from_zero_returns_the_whole_feed_and_from_the_last_sequence_nothing()
    {
        await using var factory = new ConsoleHostFactory();
        await HubTestCases.NotifyAsync(factory, "bob", "one");
        await HubTestCases.NotifyAsync(factory, "bob", "two");
        await using var console = await factory.ConnectConsoleAsync("bob");

        Assert.Equal(["1:case-changed:one", "2:case-changed:two"], Describe((await console.InvokeAsync("Resume", 0, null)).GetProperty("pushes")));
        Assert.Empty(Describe((await console.InvokeAsync("Resume", 2, null)).GetProperty("pushes")));
    }

    [Fact]
    public async Task Resume_after_a_host_restart_over_the_same_storage_returns_what_was_pushed_before()
    {
        var first = new ConsoleHostFactory();
        long lastSeen;
        await using (var console = await first.ConnectConsoleAsync("alice"))
        {
            await HubTestCases.NotifyAsync(first, "alice", "before the restart");
            lastSeen = (await console.NextPushAsync()).GetProperty("sequence").GetInt64();
            await HubTestCases.EscalateAsync(first, "alice", "case-3");
            await HubTestCases.NotifyAsync(first, "alice", "missed at the restart");
        }

        await first.DisposeAsync();
        await using var second = new ConsoleHostFactory(first.Time, first.Stores);
        await using var reconnected = await second.ConnectConsoleAsync("alice");
        var missed = (await reconnected.InvokeAsync("Resume", lastSeen, null)).GetProperty("pushes");
        var next = await HubTestCases.NotifyAsync(second, "alice", "after the restart");

        Assert.Equal(1, lastSeen);
        Assert.Equal(["2:escalation:Half of the reply time is used.", "3:case-changed:missed at the restart"], Describe(missed));
        Assert.Equal(4, next.Sequence);
        Assert.Equal(4, (await reconnected.NextPushAsync()).GetProperty("sequence").GetInt64());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(long.MinValue)]
    public async Task Resume_refuses_a_negative_sequence(long lastSequence)
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await factory.ConnectConsoleAsync("alice");

        Assert.Equal("invalid: lastSequence: must be 0 or more", await console.InvokeExpectingErrorAsync("Resume", lastSequence, null));
    }

    private static string[] Describe(JsonElement pushes) =>
        [.. pushes.EnumerateArray().Select(p => $"{p.GetProperty("sequence").GetInt64()}:{p.GetProperty("kind").GetString()}:{p.GetProperty("text").GetString()}")];
}
