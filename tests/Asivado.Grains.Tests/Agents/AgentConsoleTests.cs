using Asivado.Grains.Agents;
using Asivado.Grains.Tests.Support;
using NodaTime;
using Orleans.Core.Internal;

namespace Asivado.Grains.Tests.Agents;

public sealed class AgentConsoleTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 8, 0);

    [Fact]
    public async Task Every_console_gets_every_push_in_sequence_order()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
        var desk = new RecordingConsole();
        var laptop = new RecordingConsole();
        await alice.Subscribe(host.GrainFactory.CreateObjectReference<IAgentConsoleObserver>(desk));
        await alice.Subscribe(host.GrainFactory.CreateObjectReference<IAgentConsoleObserver>(laptop));

        await alice.SetPresence(AgentPresence.Available, People.Alice);
        await alice.Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, Start, "C-1"));
        await alice.SetPresence(AgentPresence.Busy, People.Alice);
        await alice.Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, Start, "C-2"));
        await desk.WaitForAsync(pushes => pushes.Count == 4);
        await laptop.WaitForAsync(pushes => pushes.Count == 4);

        // Presence is a latest value (sequence 0), sent in order with the feed's entries.
        Assert.Equal([0L, 1, 0, 2], desk.Sequences);
        Assert.Equal(desk.Pushes, laptop.Pushes);
        Assert.Equal(await alice.GetPushesAfter(0), desk.Pushes.Where(p => p.Sequence > 0));
    }

    [Fact]
    public async Task A_console_that_fails_holds_up_nothing_and_the_others_get_every_push()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
        var broken = new RecordingConsole { Fail = true };
        var working = new RecordingConsole();
        await alice.Subscribe(host.GrainFactory.CreateObjectReference<IAgentConsoleObserver>(broken));
        await alice.Subscribe(host.GrainFactory.CreateObjectReference<IAgentConsoleObserver>(working));

        var first = await alice.Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, Start));
        await alice.Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, Start));

        await working.WaitForAsync(pushes => pushes.Count == 2);

        // Pushes are one-way: the agent neither waits for a console nor learns that one failed. A console that went
        // away stops renewing its subscription, which then expires (see below).
        Assert.True(first.Succeeded);
        Assert.Equal([1L, 2], working.Sequences);
    }

    [Fact]
    public async Task A_subscription_expires_after_five_minutes_unless_renewed()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
        var renewed = new RecordingConsole();
        var forgotten = new RecordingConsole();
        var renewedReference = host.GrainFactory.CreateObjectReference<IAgentConsoleObserver>(renewed);
        await alice.Subscribe(renewedReference);
        await alice.Subscribe(host.GrainFactory.CreateObjectReference<IAgentConsoleObserver>(forgotten));

        await host.AdvanceAsync(TimeSpan.FromMinutes(4));
        await alice.Subscribe(renewedReference);
        await host.AdvanceAsync(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await alice.Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, Start));
        await renewed.WaitForAsync(pushes => pushes.Count == 1);

        Assert.Equal([1L], renewed.Sequences);
        Assert.Empty(forgotten.Pushes);
    }

    [Fact]
    public async Task When_its_activation_ends_the_agent_tells_its_consoles_which_subscribe_again_to_the_next()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
        var console = new RecordingConsole();
        var reference = host.GrainFactory.CreateObjectReference<IAgentConsoleObserver>(console);
        await alice.Subscribe(reference);

        // As Orleans does to every activation whose directory entry was on a silo that died.
        await alice.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await console.SubscriptionEnded;
        await alice.Subscribe(reference);
        await alice.Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, Start, "C-1"));
        await console.WaitForAsync(pushes => pushes.Count == 1);

        Assert.Equal("C-1", Assert.Single(console.Pushes).CaseId);
    }

    [Fact]
    public async Task An_unsubscribed_console_gets_nothing_more()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var alice = host.GrainFactory.GetGrain<IAgentGrain>("alice");
        var console = new RecordingConsole();
        var reference = host.GrainFactory.CreateObjectReference<IAgentConsoleObserver>(console);
        await alice.Subscribe(reference);
        await alice.Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, Start));
        await console.WaitForAsync(pushes => pushes.Count == 1);

        await alice.Unsubscribe(reference);
        await alice.Notify(new ConsolePush(0, ConsolePushKind.CaseChanged, Start));

        Assert.Equal([1L], console.Sequences);
    }
}
