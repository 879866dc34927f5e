using Asivado.Orleans.Deadlines.Table;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Asivado.Orleans.Deadlines.Tests.Cluster;

/// <summary>
/// An in-process cluster whose silos share one fake clock (grains and the deadline service; membership stays on real
/// time) and one <see cref="MemoryDeadlineTable"/>, standing in for the durable table. Time moves only in
/// <see cref="AdvanceAsync"/>, which returns when every silo's deadline service is idle.
/// </summary>
internal sealed class DeadlineCluster : IAsyncDisposable
{
    // A guard against a hang, not a timing assertion: every wait here is on an event.
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(2);

    private DeadlineCluster(InProcessTestCluster cluster, FakeTimeProvider time, MemoryDeadlineTable table)
    {
        Cluster = cluster;
        Time = time;
        Table = table;
    }

    public InProcessTestCluster Cluster { get; }

    public FakeTimeProvider Time { get; }

    public MemoryDeadlineTable Table { get; }

    public DateTimeOffset Now => Time.GetUtcNow();

    public IGrainFactory Grains => Cluster.Client;

    public static async Task<DeadlineCluster> StartAsync(FakeTimeProvider time, MemoryDeadlineTable table, short silos = 1, Action<DeadlineServiceOptions>? configure = null)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton(time);
            silo.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(sp => sp.GetRequiredService<FakeTimeProvider>()));
            silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            silo.Services.AddSingleton<IDeadlineTable>(table);
            silo.AddDeadlines(configure);
            silo.AddMemoryDeadlineTable();
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        var started = new DeadlineCluster(cluster, time, table);
        await started.WhenIdleAsync();
        return started;
    }

    public IEnumerable<DeadlineServiceProbe> Probes => Cluster.GetActiveSilos().Select(Probe);

    public static DeadlineServiceProbe Probe(InProcessSiloHandle silo) => silo.ServiceProvider.GetRequiredService<DeadlineServiceProbe>();

    public IDeadlineTestGrain Grain(string key) => Grains.GetGrain<IDeadlineTestGrain>(key);

    public async Task WhenIdleAsync()
    {
        using var guard = new CancellationTokenSource(Guard);
        foreach (var probe in Probes)
        {
            await probe.WhenIdleAsync(guard.Token);
        }
    }

    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        await WhenIdleAsync();
    }

    /// <summary>Waits until each of <paramref name="targets"/> is owned by exactly one active silo's deadline service.</summary>
    public async Task WhenRangesSettleAsync(IReadOnlyList<GrainId> targets)
    {
        using var guard = new CancellationTokenSource(Guard);
        while (true)
        {
            var probes = Probes.ToList();
            var changes = probes.Select(p => p.WhenRangesChangeAsync(guard.Token)).ToList();
            if (targets.All(t => probes.Count(p => p.Owns(t)) == 1))
            {
                break;
            }

            await Task.WhenAny(changes).Unwrap();
        }

        await WhenIdleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}
