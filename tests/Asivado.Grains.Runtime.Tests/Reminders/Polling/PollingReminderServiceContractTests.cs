using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.Reminders.Polling;

namespace Asivado.Grains.Runtime.Tests.Reminders.Polling;

/// <summary>The polling service's behaviour on each reminder table provider; one subclass per provider.</summary>
public abstract class PollingReminderServiceContractTests : IAsyncLifetime
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset Start = ReminderTestHarness.Start;

    private readonly ReminderTestHarness _harness = new();
    private IReminderTable? _table;

    private IReminderTable Table => _table ?? throw new InvalidOperationException("The table is created in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _harness.Options.PollInterval = Interval;
        _table = await CreateTableAsync();
    }

    public virtual Task DisposeAsync()
    {
        _harness.Dispose();
        return Task.CompletedTask;
    }

    protected abstract Task<IReminderTable> CreateTableAsync();

    [Fact]
    public async Task Registration_is_durable_before_it_returns_and_reads_back_through_the_service()
    {
        var service = await StartAsync();
        var grain = ReminderTestHarness.Case("1");

        var stored = await service.RegisterOrUpdateAsync(grain, "respond", Start.AddMinutes(5), TimeSpan.FromMinutes(1));

        Assert.Equal(stored, await Table.ReadAsync(grain, "respond"));
        Assert.Equal(stored, await service.GetAsync(grain, "respond"));
        Assert.Equal([stored], await service.GetAllAsync(grain));
        Assert.True(await service.UnregisterAsync(grain, "respond"));
        Assert.Null(await Table.ReadAsync(grain, "respond"));
        Assert.False(await service.UnregisterAsync(grain, "respond"));
    }

    [Fact]
    public async Task A_one_shot_fires_at_the_first_poll_at_or_after_its_due_instant_and_is_removed()
    {
        var service = await StartAsync();
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "acknowledge", Start.AddSeconds(15), TimeSpan.Zero);

        await _harness.AdvanceAsync(service, Interval);
        Assert.Empty(_harness.Dispatcher.Dispatches);
        await _harness.AdvanceAsync(service, Interval);

        var dispatch = Assert.Single(_harness.Dispatcher.Dispatches);
        Assert.Equal(Start.AddSeconds(20), dispatch.At);
        Assert.Equal(Start.AddSeconds(15), dispatch.Status.CurrentTickTime);
        Assert.Null(await Table.ReadAsync(grain, "acknowledge"));
        await _harness.AdvanceAsync(service, Interval);
        Assert.Single(_harness.Dispatcher.Dispatches);
    }

    [Fact]
    public async Task A_periodic_is_advanced_to_its_next_grid_instant_after_each_poll()
    {
        var service = await StartAsync();
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "hold", Start.AddSeconds(5), TimeSpan.FromSeconds(3));

        await _harness.AdvanceAsync(service, Interval);
        await _harness.AdvanceAsync(service, Interval);

        Assert.Equal([Start.AddSeconds(5), Start.AddSeconds(11)], _harness.Dispatcher.Dispatches.Select(d => d.Status.CurrentTickTime));
        Assert.Equal(Start.AddSeconds(23), (await Table.ReadAsync(grain, "hold"))!.DueAt);
    }

    [Fact]
    public async Task Reminders_overdue_at_start_fire_once()
    {
        var grain = ReminderTestHarness.Case("1");
        await Table.UpsertAsync(new ReminderEntry(grain, "acknowledge", Start.AddHours(-2), TimeSpan.Zero));
        await Table.UpsertAsync(new ReminderEntry(grain, "hold", Start.AddHours(-2), TimeSpan.FromMinutes(7)));

        var service = await StartAsync();
        await service.WhenIdleAsync();
        await _harness.AdvanceAsync(service, Interval);

        Assert.Equal(["acknowledge", "hold"], _harness.Dispatcher.Names.Order(StringComparer.Ordinal));
        Assert.All(_harness.Dispatcher.Dispatches, d => Assert.Equal(Start, d.At));
        Assert.Equal([new ReminderEntry(grain, "hold", Start.AddMinutes(6), TimeSpan.FromMinutes(7))], (await Table.ReadForGrainAsync(grain)).Select(e => e with { ETag = null }));
    }

    [Fact]
    public async Task A_failing_dispatch_stays_in_the_table_and_is_retried_at_a_later_poll()
    {
        var failed = 0;
        _harness.Dispatcher.Behaviour = _ => Interlocked.Exchange(ref failed, 1) == 0
            ? Task.FromException(new InvalidOperationException("grain unavailable"))
            : Task.CompletedTask;
        var service = await StartAsync();
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "respond", Start.AddSeconds(1), TimeSpan.Zero);

        await _harness.AdvanceAsync(service, Interval);
        Assert.NotNull(await Table.ReadAsync(grain, "respond"));
        await _harness.AdvanceAsync(service, Interval);

        Assert.Equal([Start.AddSeconds(10), Start.AddSeconds(20)], _harness.Dispatcher.Dispatches.Select(d => d.At));
        Assert.Null(await Table.ReadAsync(grain, "respond"));
    }

    [Fact]
    public async Task A_re_registration_during_a_dispatch_is_kept()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.Dispatcher.Behaviour = async _ =>
        {
            started.TrySetResult();
            await release.Task;
        };
        var service = await StartAsync();
        var grain = ReminderTestHarness.Case("1");
        await service.RegisterOrUpdateAsync(grain, "respond", Start.AddSeconds(1), TimeSpan.Zero);
        _harness.Time.Advance(Interval);
        await started.Task;

        var reRegistered = await service.RegisterOrUpdateAsync(grain, "respond", Start.AddSeconds(30), TimeSpan.Zero);
        release.SetResult();
        await service.WhenIdleAsync();

        Assert.Equal(reRegistered, await Table.ReadAsync(grain, "respond"));
        await _harness.AdvanceAsync(service, Interval);
        await _harness.AdvanceAsync(service, Interval);
        Assert.Equal([Start.AddSeconds(10), Start.AddSeconds(30)], _harness.Dispatcher.Dispatches.Select(d => d.At));
        Assert.Null(await Table.ReadAsync(grain, "respond"));
    }

    private async Task<PollingReminderService> StartAsync() => await _harness.StartPollingServiceAsync(Table);
}
