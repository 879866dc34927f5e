using Asivado.LoadTest.PollingBaseline;
using Asivado.Orleans.Deadlines;
using Asivado.Orleans.Deadlines.Table;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Asivado.LoadTest.Tests.PollingBaseline;

/// <summary>
/// The polling baseline swapped into a silo with the exact deadline service, on a fake clock polled every 10 s:
/// a deadline fires at the first poll at or after its due instant, not at the instant, and the exact service never sees it.
/// </summary>
public sealed class PollingDeadlineServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly Firings _firings = new();
    private InProcessTestCluster _cluster = null!;

    private IServiceProvider Silo => _cluster.Silos[0].ServiceProvider;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time));
            silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            silo.Services.AddSingleton(_firings);
            silo.AddDeadlines();
            silo.AddMemoryDeadlineTable();
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["PollingBaseline:Interval"] = "00:00:10" }).Build();
            PollingBaselineServices.Swap(silo.Services, configuration);
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    [Fact]
    public async Task A_deadline_fires_at_the_first_poll_after_its_due_instant_through_the_polling_table_only()
    {
        var target = _cluster.Client.GetGrain<IFiringGrain>("case-1").GetGrainId();
        var scheduler = Silo.GetRequiredService<IDeadlineScheduler>();
        Assert.IsType<PollingDeadlineScheduler>(scheduler);

        await scheduler.ScheduleAsync(target, "acknowledge", Start.AddSeconds(3));

        var polled = Silo.GetRequiredKeyedService<IDeadlineTable>(PollingBaselineServices.TableKey);
        var exact = Silo.GetRequiredService<IDeadlineTable>();
        Assert.NotSame(polled, exact);
        Assert.Equal(1, await polled.CountAsync(DeadlineRange.Full));
        Assert.Equal(0, await exact.CountAsync(DeadlineRange.Full));
        Assert.Equal([new ScheduledDeadline("acknowledge", Start.AddSeconds(3))], await scheduler.GetAsync(target));

        // Past the due instant, before the first poll: nothing can have fired, no poll ran.
        _time.Advance(TimeSpan.FromSeconds(9));
        Assert.Empty(_firings.Received);

        _time.Advance(TimeSpan.FromSeconds(1));
        await _firings.First.WaitAsync(HangGuard);

        var (key, firing) = Assert.Single(_firings.Received);
        Assert.Equal("case-1", key);
        Assert.Equal(new DeadlineFiring("acknowledge", Start.AddSeconds(3), Start.AddSeconds(10)), firing);
    }

    [Fact]
    public async Task Cancel_and_apply_go_to_the_polling_table()
    {
        var target = _cluster.Client.GetGrain<IFiringGrain>("case-2").GetGrainId();
        var scheduler = Silo.GetRequiredService<IDeadlineScheduler>();

        await scheduler.ApplyAsync(target, [new ScheduledDeadline("respond", Start.AddDays(7)), new ScheduledDeadline("refer", Start.AddDays(1))], []);
        Assert.True(await scheduler.CancelAsync(target, "refer"));
        Assert.False(await scheduler.CancelAsync(target, "refer"));

        Assert.Equal([new ScheduledDeadline("respond", Start.AddDays(7))], await scheduler.GetAsync(target));
    }

    public async Task DisposeAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
    }
}
