using System.Text.Json;
using Asivado.Gateway.Tests.Hubs.Support;
using Asivado.Grains.Agents;
using Microsoft.AspNetCore.SignalR.Client;

namespace Asivado.Gateway.Tests.Hubs;

/// <summary>
/// Resume over long absences and restarts (official .NET client): routine state as latest values, every open alert
/// kept, an epoch that tells a new stream from an old one, and "truncated" with the snapshot when it cannot be complete.
/// </summary>
public sealed class FeedContinuityTests
{
    [Fact]
    public async Task Presence_chatter_while_away_leaves_the_alert_and_every_later_push_in_the_resume()
    {
        await using var factory = new ConsoleHostFactory();
        var alice = factory.Grains.GetGrain<IAgentGrain>("alice");
        var before = await ResumeAsync(factory, "alice", 0, null);
        var epoch = before.GetProperty("epoch").GetString();
        await HubTestCases.EscalateAsync(factory, "alice", "case-7");
        for (var i = 0; i < 1_050; i++)
        {
            await alice.SetPresence(i % 2 == 0 ? AgentPresence.Available : AgentPresence.Busy, HubTestCases.Admin);
        }

        await HubTestCases.NotifyAsync(factory, "alice", "after the chatter");

        var resumed = await ResumeAsync(factory, "alice", 0, epoch);

        Assert.False(resumed.GetProperty("truncated").GetBoolean());
        Assert.Equal(epoch, resumed.GetProperty("epoch").GetString());
        Assert.Equal(["1:escalation", "2:case-changed"], Describe(resumed.GetProperty("pushes")));
        Assert.Equal(2, resumed.GetProperty("lastSequence").GetInt64());
        Assert.Equal("Busy", resumed.GetProperty("snapshot").GetProperty("presence").GetString());
        Assert.Equal([1L], resumed.GetProperty("snapshot").GetProperty("openEscalations").EnumerateArray().Select(p => p.GetProperty("sequence").GetInt64()));
    }

    [Fact]
    public async Task A_live_presence_change_arrives_as_a_latest_value_with_sequence_zero()
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await OfficialHubConnection.StartAsync(factory.Server, "alice", () => factory.TokenFor("alice"));
        var pushed = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        console.On<JsonElement>("push", push =>
        {
            if (push.GetProperty("kind").GetString() == "presence-changed")
            {
                pushed.TrySetResult(push);
            }
        });

        // As a console does: Resume first, so that the connection's session is subscribed before the change.
        await console.InvokeAsync<JsonElement>("Resume", 0L, null);
        await console.InvokeAsync<JsonElement>("SetPresence", "Away");
        var push = await pushed.Task.WaitAsync(HubTestClient.WaitLimit);

        Assert.Equal(("presence-changed", 0L, "Away"), (push.GetProperty("kind").GetString(), push.GetProperty("sequence").GetInt64(), push.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task A_resume_from_before_what_the_feed_retains_says_truncated_and_keeps_the_open_alert()
    {
        await using var factory = new ConsoleHostFactory();
        var epoch = (await ResumeAsync(factory, "alice", 0, null)).GetProperty("epoch").GetString();
        await HubTestCases.NotifyAsync(factory, "alice", "seen");
        await HubTestCases.EscalateAsync(factory, "alice", "case-7");
        for (var i = 0; i < AgentFeedRetained + 5; i++)
        {
            await HubTestCases.NotifyAsync(factory, "alice", "change");
        }

        var resumed = await ResumeAsync(factory, "alice", 1, epoch);
        var sequences = resumed.GetProperty("pushes").EnumerateArray().Select(p => p.GetProperty("sequence").GetInt64()).ToList();

        Assert.True(resumed.GetProperty("truncated").GetBoolean());
        Assert.Equal(2L, sequences[0]);
        Assert.Equal(AgentFeedRetained + 1, sequences.Count);
        Assert.Equal(AgentFeedRetained + 7, resumed.GetProperty("lastSequence").GetInt64());
        Assert.Equal([2L], resumed.GetProperty("snapshot").GetProperty("openEscalations").EnumerateArray().Select(p => p.GetProperty("sequence").GetInt64()));
    }

    [Fact]
    public async Task A_resume_within_what_the_feed_retains_is_complete()
    {
        await using var factory = new ConsoleHostFactory();
        var epoch = (await ResumeAsync(factory, "alice", 0, null)).GetProperty("epoch").GetString();
        await HubTestCases.NotifyAsync(factory, "alice", "seen");
        await HubTestCases.NotifyAsync(factory, "alice", "missed");

        var resumed = await ResumeAsync(factory, "alice", 1, epoch);

        Assert.False(resumed.GetProperty("truncated").GetBoolean());
        Assert.Equal(["2:case-changed"], Describe(resumed.GetProperty("pushes")));
    }

    [Fact]
    public async Task After_a_restart_that_lost_the_state_the_epoch_is_new_and_the_resume_truncated_from_the_start()
    {
        var first = new ConsoleHostFactory();
        await HubTestCases.NotifyAsync(first, "alice", "one");
        await HubTestCases.NotifyAsync(first, "alice", "two");
        var old = await ResumeAsync(first, "alice", 0, null);
        await first.DisposeAsync();

        // New stores: the embedded default's memory, gone with the process.
        await using var second = new ConsoleHostFactory(first.Time);
        await HubTestCases.NotifyAsync(second, "alice", "new one");
        var resumed = await ResumeAsync(second, "alice", old.GetProperty("lastSequence").GetInt64(), old.GetProperty("epoch").GetString());

        Assert.NotEqual(old.GetProperty("epoch").GetString(), resumed.GetProperty("epoch").GetString());
        Assert.True(resumed.GetProperty("truncated").GetBoolean());
        Assert.Equal(["1:case-changed"], Describe(resumed.GetProperty("pushes")));
    }

    [Fact]
    public async Task After_a_restart_over_the_same_storage_the_epoch_is_kept_and_the_resume_complete()
    {
        var first = new ConsoleHostFactory();
        await HubTestCases.NotifyAsync(first, "alice", "one");
        var old = await ResumeAsync(first, "alice", 0, null);
        await HubTestCases.NotifyAsync(first, "alice", "missed");
        await first.DisposeAsync();

        await using var second = new ConsoleHostFactory(first.Time, first.Stores);
        var resumed = await ResumeAsync(second, "alice", 1, old.GetProperty("epoch").GetString());

        Assert.Equal(old.GetProperty("epoch").GetString(), resumed.GetProperty("epoch").GetString());
        Assert.False(resumed.GetProperty("truncated").GetBoolean());
        Assert.Equal(["2:case-changed"], Describe(resumed.GetProperty("pushes")));
    }

    private const int AgentFeedRetained = 1_000;

    private static async Task<JsonElement> ResumeAsync(ConsoleHostFactory factory, string personId, long lastSequence, string? epoch)
    {
        await using var console = await OfficialHubConnection.StartAsync(factory.Server, personId, () => factory.TokenFor(personId));
        return await console.InvokeAsync<JsonElement>("Resume", lastSequence, epoch);
    }

    private static string[] Describe(JsonElement pushes) =>
        [.. pushes.EnumerateArray().Select(p => $"{p.GetProperty("sequence").GetInt64()}:{p.GetProperty("kind").GetString()}")];
}
