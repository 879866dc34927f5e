using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.Tests.Reminders;

public sealed class ReminderRegistrationTests
{
    [Fact]
    public async Task Register_persists_before_it_returns()
    {
        using var harness = new ReminderTestHarness();
        var service = harness.CreateService();
        var grain = ReminderTestHarness.Case("1");
        var dueAt = ReminderTestHarness.Start.AddDays(3);

        var registered = await service.RegisterOrUpdateAsync(grain, "resolve", dueAt, TimeSpan.Zero);

        var stored = await harness.Table.ReadAsync(grain, "resolve");
        Assert.Equal(registered, stored);
        Assert.NotNull(registered.ETag);
        Assert.Equal(dueAt, registered.DueAt);
        Assert.Equal(registered, await service.GetAsync(grain, "resolve"));
    }

    [Fact]
    public async Task Re_registering_replaces_the_earlier_version()
    {
        using var harness = new ReminderTestHarness();
        var service = await harness.StartServiceAsync();
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "respond", ReminderTestHarness.Start.AddSeconds(5), TimeSpan.Zero);
        var later = ReminderTestHarness.Start.AddSeconds(20);

        await service.RegisterOrUpdateAsync(grain, "respond", later, TimeSpan.Zero);
        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(19));
        Assert.Empty(harness.Dispatcher.Dispatches);

        await harness.AdvanceAsync(service, TimeSpan.FromSeconds(1));
        var dispatch = Assert.Single(harness.Dispatcher.Dispatches);
        Assert.Equal(later, dispatch.At);
    }

    [Fact]
    public async Task Re_registering_earlier_fires_at_the_earlier_instant()
    {
        using var harness = new ReminderTestHarness();
        var service = await harness.StartServiceAsync();
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "respond", ReminderTestHarness.Start.AddSeconds(30), TimeSpan.Zero);
        var earlier = ReminderTestHarness.Start.AddSeconds(2);

        await service.RegisterOrUpdateAsync(grain, "respond", earlier, TimeSpan.Zero);
        await harness.AdvanceToAsync(service, earlier);
        await harness.AdvanceAsync(service, TimeSpan.FromMinutes(1));

        var dispatch = Assert.Single(harness.Dispatcher.Dispatches);
        Assert.Equal(earlier, dispatch.At);
    }

    [Fact]
    public async Task GetAll_returns_the_grains_reminders_only()
    {
        using var harness = new ReminderTestHarness();
        var service = harness.CreateService();
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "b", ReminderTestHarness.Start.AddHours(1), TimeSpan.Zero);
        await service.RegisterOrUpdateAsync(grain, "a", ReminderTestHarness.Start.AddHours(2), TimeSpan.FromHours(1));
        await service.RegisterOrUpdateAsync(ReminderTestHarness.Case("2"), "a", ReminderTestHarness.Start, TimeSpan.Zero);

        var all = await service.GetAllAsync(grain);

        Assert.Equal(new[] { "a", "b" }, all.Select(r => r.Name).ToArray());
    }

    [Fact]
    public async Task Bad_arguments_are_rejected_by_name_and_nothing_is_written()
    {
        using var harness = new ReminderTestHarness();
        var service = harness.CreateService();
        var grain = ReminderTestHarness.Case("1");

        var noGrain = await Assert.ThrowsAsync<ArgumentException>(() => service.RegisterOrUpdateAsync(default(GrainId), "x", ReminderTestHarness.Start, TimeSpan.Zero));
        Assert.Equal("grainId", noGrain.ParamName);
        var noName = await Assert.ThrowsAnyAsync<ArgumentException>(() => service.RegisterOrUpdateAsync(grain, "", ReminderTestHarness.Start, TimeSpan.Zero));
        Assert.Equal("name", noName.ParamName);
        var nullName = await Assert.ThrowsAnyAsync<ArgumentException>(() => service.RegisterOrUpdateAsync(grain, null!, ReminderTestHarness.Start, TimeSpan.Zero));
        Assert.Equal("name", nullName.ParamName);
        var negative = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => service.RegisterOrUpdateAsync(grain, "x", ReminderTestHarness.Start, TimeSpan.FromTicks(-1)));
        Assert.Equal("period", negative.ParamName);
        var unregister = await Assert.ThrowsAnyAsync<ArgumentException>(() => service.UnregisterAsync(grain, " "));
        Assert.Equal("name", unregister.ParamName);
        var getAll = await Assert.ThrowsAsync<ArgumentException>(() => service.GetAllAsync(default));
        Assert.Equal("grainId", getAll.ParamName);

        Assert.Equal(0, await harness.Table.CountAsync(Runtime.Reminders.HashRange.Full));
    }
}
