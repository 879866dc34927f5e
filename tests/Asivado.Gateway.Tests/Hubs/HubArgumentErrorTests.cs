using Asivado.Gateway.Tests.Hubs.Support;
using Asivado.Grains.Agents;
using Microsoft.AspNetCore.SignalR.Client;

namespace Asivado.Gateway.Tests.Hubs;

/// <summary>Arguments of the wrong type or number get the same coded "invalid: …" refusal as out-of-range ones (official .NET client).</summary>
public sealed class HubArgumentErrorTests
{
    [Fact]
    public async Task A_string_where_a_sequence_is_expected_is_invalid_naming_the_argument()
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await OfficialHubConnection.StartAsync(factory.Server, "alice", () => factory.TokenFor("alice"));

        Assert.Equal("invalid: lastSequence: must be a whole number", await console.InvokeExpectingErrorAsync("Resume", "abc", null));
        Assert.Equal("invalid: sequence: must be a whole number", await console.InvokeExpectingErrorAsync("AcknowledgeEscalation", 1.5));
    }

    [Fact]
    public async Task An_object_where_a_presence_is_expected_is_invalid_and_changes_nothing()
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await OfficialHubConnection.StartAsync(factory.Server, "alice", () => factory.TokenFor("alice"));

        var error = await console.InvokeExpectingErrorAsync("SetPresence", new { presence = "Available" });

        Assert.Equal("invalid: presence: must be a string", error);
        Assert.Equal(AgentPresence.Offline, (await factory.Grains.GetGrain<IAgentGrain>("alice").Get())!.Presence);
    }

    [Fact]
    public async Task The_wrong_number_of_arguments_is_invalid_naming_the_expected_ones()
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await OfficialHubConnection.StartAsync(factory.Server, "alice", () => factory.TokenFor("alice"));

        Assert.Equal(
            "invalid: arguments: Reassign takes 2 (caseId, agentId), not 1",
            await console.InvokeExpectingErrorAsync("Reassign", "case-1"));
    }

    [Fact]
    public async Task A_well_typed_call_on_the_same_connection_still_works_after_a_refusal()
    {
        await using var factory = new ConsoleHostFactory();
        await using var console = await OfficialHubConnection.StartAsync(factory.Server, "alice", () => factory.TokenFor("alice"));
        await console.InvokeExpectingErrorAsync("SetPresence", 42);

        var view = await console.InvokeAsync<System.Text.Json.JsonElement>("SetPresence", "Busy");

        Assert.Equal("Busy", view.GetProperty("presence").GetString());
    }
}
