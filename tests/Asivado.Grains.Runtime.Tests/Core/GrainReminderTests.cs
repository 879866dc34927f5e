using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.Tests.Support;
using Asivado.Grains.Runtime.Tests.TestGrains;
using Microsoft.Extensions.DependencyInjection;

namespace Asivado.Grains.Runtime.Tests.Core;

public sealed class GrainReminderTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly Probe _probe = new();

    [Fact]
    public async Task A_one_shot_reminder_fires_into_ReceiveReminder_at_its_exact_instant_and_is_then_gone()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<RemindingGrain>());
        var grain = host.GrainFactory.GetGrain<IRemindingGrain>("r");
        await grain.RemindAt("sla", host.Time.GetUtcNow().AddMinutes(10).AddSeconds(30));

        await host.AdvanceAsync(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(29));
        Assert.Empty(_probe.Events);
        await host.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(["reminder:r:sla:08:10:30"], _probe.Events);
        Assert.Null(await grain.Find("sla"));
    }

    [Fact]
    public async Task A_periodic_reminder_fires_every_period_until_unregistered()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<RemindingGrain>());
        var grain = host.GrainFactory.GetGrain<IRemindingGrain>("r");
        await grain.RemindEvery("check", 2 * Minute, 5 * Minute);
        Assert.Equal(["check"], await grain.Names());

        for (var i = 0; i < 12; i++)
        {
            await host.AdvanceAsync(Minute);
        }

        Assert.True(await grain.Forget("check"));
        for (var i = 0; i < 10; i++)
        {
            await host.AdvanceAsync(Minute);
        }

        Assert.Equal(["reminder:r:check:08:02:00", "reminder:r:check:08:07:00", "reminder:r:check:08:12:00"], _probe.Events);
        Assert.Empty(await grain.Names());
        Assert.False(await grain.Forget("check"));
    }

    [Fact]
    public async Task Reminders_due_during_downtime_fire_once_after_a_restart()
    {
        var host = await Hosts.StartAsync(_probe, o => o.AddGrain<RemindingGrain>());
        var grain = host.GrainFactory.GetGrain<IRemindingGrain>("r");
        await grain.RemindAt("once", host.Time.GetUtcNow().AddMinutes(10));
        await grain.RemindEvery("every", 5 * Minute, 5 * Minute);

        await host.StopAsync();
        host.Time.Advance(TimeSpan.FromHours(1));
        host = await host.RestartAsync();
        await using (host)
        {
            await host.WhenIdleAsync();

            Assert.Equal(["reminder:r:every:08:05:00", "reminder:r:once:08:10:00"], _probe.Events.Order(StringComparer.Ordinal));
            Assert.Equal(["every"], await host.GrainFactory.GetGrain<IRemindingGrain>("r").Names());
        }
    }

    [Fact]
    public async Task Bad_reminder_arguments_are_rejected_with_the_argument_named()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<RemindingGrain>().AddGrain<NotRemindableGrain>());
        var grain = host.GrainFactory.GetGrain<IRemindingGrain>("r");

        Assert.Equal("reminderName", (await Assert.ThrowsAnyAsync<ArgumentException>(() => grain.RemindEvery(" ", Minute, Minute))).ParamName);
        Assert.Equal("dueTime", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => grain.RemindEvery("x", -Minute, Minute))).ParamName);
        Assert.Equal("period", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => grain.RemindEvery("x", Minute, -Minute))).ParamName);
        Assert.Equal("reminderName", (await Assert.ThrowsAnyAsync<ArgumentException>(() => grain.RemindAt("", host.Time.GetUtcNow()))).ParamName);
        var notRemindable = await Assert.ThrowsAsync<InvalidOperationException>(() => host.GrainFactory.GetGrain<INotRemindableGrain>("n").TryRemind());
        Assert.Equal($"Grain class {typeof(NotRemindableGrain).FullName} registers a reminder but does not implement IRemindable.", notRemindable.Message);
        Assert.Empty(await grain.Names());
    }

    [Fact]
    public async Task Dispatching_to_a_grain_class_that_is_not_remindable_faults_clearly()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<NotRemindableGrain>());
        var dispatcher = host.Services.GetRequiredService<IReminderDispatcher>();
        var entry = new ReminderEntry(new GrainId("notremindable", "n"), "r", host.Time.GetUtcNow(), TimeSpan.Zero);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => dispatcher.DispatchAsync(entry, new TickStatus(entry.DueAt, TimeSpan.Zero, entry.DueAt), CancellationToken.None));

        Assert.Equal($"Reminder 'r' is for grain notremindable/n, but {typeof(NotRemindableGrain).FullName} does not implement IRemindable.", error.Message);
    }
}
