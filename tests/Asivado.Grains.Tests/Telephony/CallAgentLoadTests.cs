using Asivado.Domain.Cases;
using Asivado.Grains.Agents;
using Xunit;
using static Asivado.Grains.Tests.Telephony.CallTestHost;

namespace Asivado.Grains.Tests.Telephony;

public sealed class CallAgentLoadTests
{
    [Fact]
    public async Task A_live_call_takes_the_whole_agent_until_it_ends()
    {
        await using var t = await StartAsync();
        await t.OfferAsync("c1");

        var answered = await t.AnswerAsync("c1", "alice");

        var agent = (await t.Agent("alice").Get())!;
        Assert.Equal(agent.Capacity, agent.Load);
        Assert.Equal(3, agent.Load);
        Assert.Equal(new AgentAssignment("call:c1", Channel.Phone, 3, answered.AnsweredAt!.Value, null, "Live call"), Assert.Single(agent.Assignments));
        Assert.Equal("c1", Assert.Single(await t.PushesAsync("alice", ConsolePushKind.CaseAssigned)).CallId);

        await t.ExpectAsync(t.Call("c1").End(Cti));

        agent = (await t.Agent("alice").Get())!;
        Assert.Equal(0, agent.Load);
        Assert.Empty(agent.Assignments);
        Assert.Equal("c1", Assert.Single(await t.PushesAsync("alice", ConsolePushKind.CaseUnassigned)).CallId);
    }

    [Fact]
    public async Task A_lead_on_a_call_carries_their_own_capacity()
    {
        await using var t = await StartAsync();
        await t.OfferAsync("c1");

        await t.AnswerAsync("c1", "lena");

        var lead = (await t.Agent("lena").Get())!;
        Assert.Equal(2, lead.Load);
        Assert.Equal(lead.Capacity, lead.Load);
    }
}
