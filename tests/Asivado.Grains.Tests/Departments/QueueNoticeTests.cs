using Asivado.Grains.Agents;
using Asivado.Grains.Departments;
using Asivado.Grains.Tests.Agents;
using Asivado.Grains.Tests.Support;
using static Asivado.Grains.Tests.Departments.Entries;

namespace Asivado.Grains.Tests.Departments;

public sealed class QueueNoticeTests
{
    [Fact]
    public async Task Leads_hear_of_queue_changes_at_most_once_a_second_with_the_latest_length()
    {
        await using var host = await GrainsTestHost.StartAsync();
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        var lena = new RecordingConsole();
        var carl = new RecordingConsole();
        await host.GrainFactory.GetGrain<IAgentGrain>("lena").Subscribe(host.GrainFactory.CreateObjectReference<IAgentConsoleObserver>(lena));
        await host.GrainFactory.GetGrain<IAgentGrain>("alice").Subscribe(host.GrainFactory.CreateObjectReference<IAgentConsoleObserver>(carl));

        await billing.TrackCase(Queued("C-1"));
        await host.WhenIdleAsync();
        await lena.WaitForKindAsync(ConsolePushKind.QueueChanged);

        await billing.TrackCase(Queued("C-2"));
        await billing.TrackCase(Queued("C-3"));
        await host.AdvanceAsync(TimeSpan.FromMilliseconds(999));
        Assert.Single(lena.Pushes);

        await host.AdvanceAsync(TimeSpan.FromMilliseconds(1));
        await lena.WaitForKindAsync(ConsolePushKind.QueueChanged, 2);

        Assert.Equal(
            [
                new ConsolePush(0, ConsolePushKind.QueueChanged, Start, DepartmentId: "billing", Text: "1 case waiting"),
                new ConsolePush(0, ConsolePushKind.QueueChanged, Start.Plus(NodaTime.Duration.FromSeconds(1)), DepartmentId: "billing", Text: "3 cases waiting"),
            ],
            lena.Pushes);
        var lead = host.GrainFactory.GetGrain<IAgentGrain>("lena");
        Assert.Empty(await lead.GetPushesAfter(0));
        Assert.Equal([lena.Pushes[^1]], (await lead.Resume(null, 0))!.Snapshot.Queues);
        Assert.Empty(carl.Pushes);
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
