using Asivado.Grains.Agents;
using Asivado.Grains.Departments;
using Asivado.Grains.Tests.Agents;
using Asivado.Grains.Tests.Support;
using static Asivado.Grains.Tests.Departments.Entries;

namespace Asivado.Grains.Tests.Departments;

public sealed class QueueNoticeTests
{
    [Fact]
    public async Task Leads_and_agents_hear_of_queue_changes_at_most_once_a_second_with_the_latest_length()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        var lena = await SubscribeAsync(host, "lena");
        var alice = await SubscribeAsync(host, "alice");

        await billing.TrackCase(Queued("C-1"));
        await host.WhenIdleAsync();
        await lena.WaitForKindAsync(ConsolePushKind.QueueChanged);
        await alice.WaitForKindAsync(ConsolePushKind.QueueChanged);

        await billing.TrackCase(Queued("C-2"));
        await billing.TrackCase(Queued("C-3"));
        await host.AdvanceAsync(TimeSpan.FromMilliseconds(999));
        Assert.Single(lena.Pushes);
        Assert.Single(alice.Pushes);

        await host.AdvanceAsync(TimeSpan.FromMilliseconds(1));
        await lena.WaitForKindAsync(ConsolePushKind.QueueChanged, 2);
        await alice.WaitForKindAsync(ConsolePushKind.QueueChanged, 2);

        Assert.Equal(
            [
                new ConsolePush(0, ConsolePushKind.QueueChanged, Start, DepartmentId: "billing", Text: "1 case waiting"),
                new ConsolePush(0, ConsolePushKind.QueueChanged, Start.Plus(NodaTime.Duration.FromSeconds(1)), DepartmentId: "billing", Text: "3 cases waiting"),
            ],
            lena.Pushes);
        Assert.Equal(lena.Pushes, alice.Pushes);
        foreach (var person in new[] { "lena", "alice" })
        {
            var agent = host.GrainFactory.GetGrain<IAgentGrain>(person);
            Assert.Empty(await agent.GetPushesAfter(0));
            Assert.Equal([lena.Pushes[^1]], (await agent.Resume(null, 0))!.Snapshot.Queues);
        }
    }

    [Fact]
    public async Task Agents_hear_whatever_their_presence_and_the_manager_and_other_departments_do_not()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        var bob = await SubscribeAsync(host, "bob");
        var maria = await SubscribeAsync(host, "maria");
        var carl = await SubscribeAsync(host, "carl");
        var sam = await SubscribeAsync(host, "sam");
        Assert.Equal(AgentPresence.Offline, (await host.GrainFactory.GetGrain<IAgentGrain>("bob").Get())!.Presence);

        await billing.TrackCase(Queued("C-1"));
        await host.WhenIdleAsync();
        await bob.WaitForKindAsync(ConsolePushKind.QueueChanged);

        await host.GrainFactory.GetGrain<IDepartmentGrain>("support").TrackCase(Queued("C-2"));
        await host.WhenIdleAsync();
        await carl.WaitForKindAsync(ConsolePushKind.QueueChanged);
        await sam.WaitForKindAsync(ConsolePushKind.QueueChanged);

        Assert.Equal(["billing"], bob.Pushes.Select(p => p.DepartmentId));
        Assert.Equal(["support"], carl.Pushes.Select(p => p.DepartmentId));
        Assert.Equal(["support"], sam.Pushes.Select(p => p.DepartmentId));
        // Once the silo is idle, every notice sent is stored with its recipient (the snapshot): the manager has none.
        Assert.Empty((await host.GrainFactory.GetGrain<IAgentGrain>("maria").Resume(null, 0))!.Snapshot.Queues);
        Assert.Empty(maria.Pushes);
    }

    private static async Task<RecordingConsole> SubscribeAsync(TestGrainHost host, string personId)
    {
        var console = new RecordingConsole();
        await host.GrainFactory.GetGrain<IAgentGrain>(personId).Subscribe(host.GrainFactory.CreateObjectReference<IAgentConsoleObserver>(console));
        return console;
    }

    [Fact]
    public async Task Changes_to_assigned_cases_leave_the_leads_alone()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        var lena = new RecordingConsole();
        await host.GrainFactory.GetGrain<IAgentGrain>("lena").Subscribe(host.GrainFactory.CreateObjectReference<IAgentConsoleObserver>(lena));

        await billing.TrackCase(Queued("C-1") with { AssigneeId = "bob" });
        await billing.UntrackCase("C-1");
        await host.AdvanceAsync(TimeSpan.FromSeconds(5));
        await billing.TrackCase(Queued("C-2"));
        await host.WhenIdleAsync();
        await lena.WaitForKindAsync(ConsolePushKind.QueueChanged);

        Assert.Equal(["1 case waiting"], lena.Pushes.Select(p => p.Text));
    }
}
