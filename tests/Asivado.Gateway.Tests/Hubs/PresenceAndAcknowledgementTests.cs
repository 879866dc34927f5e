using Asivado.Gateway.Tests.Hubs.Support;
using Asivado.Grains.Agents;

namespace Asivado.Gateway.Tests.Hubs;

public sealed class PresenceAndAcknowledgementTests
{
    [Theory]
    [InlineData("Available", AgentPresence.Available)]
    [InlineData("busy", AgentPresence.Busy)]
    [InlineData("AWAY", AgentPresence.Away)]
    public async Task SetPresence_changes_the_agents_presence_and_pushes_it(string presence, AgentPresence expected)
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await factory.ConnectConsoleAsync("alice");

        var view = await console.InvokeAsync("SetPresence", presence);
        var push = await console.NextPushAsync();

        Assert.Equal(expected.ToString(), view.GetProperty("presence").GetString());
        Assert.Equal(expected, (await factory.Grains.GetGrain<IAgentGrain>("alice").Get())!.Presence);
        Assert.Equal("presence-changed", push.GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("Sleeping")]
    [InlineData("1")]
    [InlineData("")]
    [InlineData(" Available")]
    [InlineData((string?)null)]
    public async Task SetPresence_refuses_anything_but_a_presence_name_and_changes_nothing(string? presence)
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await factory.ConnectConsoleAsync("alice");

        var error = await console.InvokeExpectingErrorAsync("SetPresence", presence);

        Assert.Equal("invalid: presence: must be one of Available, Busy, Away, Offline", error);
        var agent = (await factory.Grains.GetGrain<IAgentGrain>("alice").Get())!;
        Assert.Equal(AgentPresence.Offline, agent.Presence);
        Assert.Equal(0, agent.LastSequence);
    }

    [Fact]
    public async Task AcknowledgeEscalation_closes_an_open_escalation()
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await factory.ConnectConsoleAsync("alice");
        var escalation = await HubTestCases.EscalateAsync(factory, "alice", "case-1");

        var view = await console.InvokeAsync("AcknowledgeEscalation", escalation.Sequence);

        Assert.Equal(0, view.GetProperty("openEscalations").GetArrayLength());
        Assert.Empty((await factory.Grains.GetGrain<IAgentGrain>("alice").Get())!.OpenEscalations);
        Assert.Equal(0, (await console.InvokeAsync("GetMyCases")).GetProperty("openEscalations").GetArrayLength());
    }

    [Fact]
    public async Task AcknowledgeEscalation_refuses_bad_unknown_and_repeated_sequences()
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await factory.ConnectConsoleAsync("alice");
        var escalation = await HubTestCases.EscalateAsync(factory, "alice", "case-1");
        await console.InvokeAsync("AcknowledgeEscalation", escalation.Sequence);
        var sequenceAfterAcknowledging = (await factory.Grains.GetGrain<IAgentGrain>("alice").Get())!.LastSequence;

        Assert.Equal("invalid: sequence: must be 1 or more", await console.InvokeExpectingErrorAsync("AcknowledgeEscalation", 0));
        Assert.Equal("not found: No escalation with sequence 999.", await console.InvokeExpectingErrorAsync("AcknowledgeEscalation", 999));
        Assert.StartsWith("conflict: ", await console.InvokeExpectingErrorAsync("AcknowledgeEscalation", escalation.Sequence), StringComparison.Ordinal);
        Assert.Equal(sequenceAfterAcknowledging, (await factory.Grains.GetGrain<IAgentGrain>("alice").Get())!.LastSequence);
    }

    [Fact]
    public async Task An_agent_cannot_acknowledge_another_agents_escalation_from_their_console()
    {
        await using var factory = new ConsoleHostFactory();
        await using var bobs = await factory.ConnectConsoleAsync("bob");
        var alicesEscalation = await HubTestCases.EscalateAsync(factory, "alice", "case-1");

        var error = await bobs.InvokeExpectingErrorAsync("AcknowledgeEscalation", alicesEscalation.Sequence);

        // Bob's console acknowledges on Bob's own feed, where that sequence is no escalation.
        Assert.StartsWith("not found: ", error, StringComparison.Ordinal);
        Assert.Single((await factory.Grains.GetGrain<IAgentGrain>("alice").Get())!.OpenEscalations);
    }
}
