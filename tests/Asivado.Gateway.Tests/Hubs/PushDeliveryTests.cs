using Asivado.Gateway.Tests.Hubs.Support;

namespace Asivado.Gateway.Tests.Hubs;

public sealed class PushDeliveryTests
{
    [Fact]
    public async Task An_escalation_arrives_as_push_with_camelCase_json_enums_as_strings_and_iso_instants()
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await factory.ConnectConsoleAsync("alice");

        var escalation = await HubTestCases.EscalateAsync(factory, "alice", "case-7");
        var push = await console.NextPushAsync();

        Assert.Equal(
            $$"""{"sequence":{{escalation.Sequence}},"kind":"escalation","at":"2026-01-05T08:00:00Z","caseId":"case-7","departmentId":"billing","targetId":"reply-written","level":"Warning","percentOfBudget":50,"dueAt":"2026-01-05T11:00:00Z","callId":null,"text":"Half of the reply time is used.","stepDueAt":"2026-01-05T10:00:00Z"}""",
            push.GetRawText());
    }

    [Fact]
    public async Task Every_console_of_an_agent_gets_each_push_and_other_agents_consoles_do_not()
    {
        await using var factory = new ConsoleHostFactory();
        await using var first = await factory.ConnectConsoleAsync("alice");
        await using var second = await factory.ConnectConsoleAsync("alice");
        await using var bobs = await factory.ConnectConsoleAsync("bob");

        var sent = await HubTestCases.NotifyAsync(factory, "alice", "for alice");
        var toBob = await HubTestCases.NotifyAsync(factory, "bob", "for bob");

        Assert.Equal(sent.Sequence, (await first.NextPushAsync()).GetProperty("sequence").GetInt64());
        Assert.Equal(sent.Sequence, (await second.NextPushAsync()).GetProperty("sequence").GetInt64());
        Assert.Equal("for bob", (await bobs.NextPushAsync()).GetProperty("text").GetString());
        Assert.Equal(1, toBob.Sequence);
        Assert.Empty(first.DrainPushes());
        Assert.Empty(second.DrainPushes());
    }

    [Fact]
    public async Task Pushes_arrive_in_sequence_order()
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await factory.ConnectConsoleAsync("alice");

        for (var i = 1; i <= 20; i++)
        {
            await HubTestCases.NotifyAsync(factory, "alice", $"change {i}");
        }

        var sequences = new List<long>();
        for (var i = 0; i < 20; i++)
        {
            sequences.Add((await console.NextPushAsync()).GetProperty("sequence").GetInt64());
        }

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), sequences);
    }

    [Fact]
    public async Task A_closed_console_is_unsubscribed_and_its_agents_other_console_still_gets_pushes()
    {
        await using var factory = new ConsoleHostFactory();
        await using var staying = await factory.ConnectConsoleAsync("alice");
        var leaving = await factory.ConnectConsoleAsync("alice");

        await leaving.DisposeAsync();
        await factory.WhenConnectionsAsync(c => c.ForAgent("alice").Count == 1);
        await HubTestCases.NotifyAsync(factory, "alice", "after one left");

        Assert.Equal("after one left", (await staying.NextPushAsync()).GetProperty("text").GetString());
        Assert.Equal(1, factory.Connections.Count);
    }

    [Fact]
    public async Task Renewed_consoles_stay_subscribed_across_virtual_hours()
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await factory.ConnectConsoleAsync("alice");

        await factory.AdvanceAsync(TimeSpan.FromMinutes(40));
        await HubTestCases.NotifyAsync(factory, "alice", "still here");

        Assert.Equal("still here", (await console.NextPushAsync()).GetProperty("text").GetString());
    }
}
