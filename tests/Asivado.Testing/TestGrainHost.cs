using Asivado.Grains.Hosting;
using Asivado.Grains.Organisation;
using Asivado.Orleans.Deadlines;
using Asivado.Orleans.Deadlines.Table;
using Asivado.Orleans.Persistence.Entries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Asivado.Testing;

/// <summary>
/// One Orleans silo in process (<see cref="InProcessTestCluster"/>) with every Asivado grain, the deadline service, an
/// organisation directory and a <see cref="FakeTimeProvider"/> as the grains' clock (membership and other background
/// areas keep real time). <see cref="AdvanceAsync"/> moves the clock and waits until what fell due has finished.
/// </summary>
public sealed class TestGrainHost : IAsyncDisposable
{
    private readonly InProcessTestCluster _cluster;
    private readonly IOrganisationDirectory _directory;
    private bool _stopped;

    private TestGrainHost(InProcessTestCluster cluster, TestGrainHostOptions options, IOrganisationDirectory directory)
    {
        _cluster = cluster;
        _directory = directory;
        Options = options;
        Services = cluster.Silos[0].ServiceProvider;
        GrainFactory = Services.GetRequiredService<IGrainFactory>();
        Quiescence = Services.GetRequiredService<GrainQuiescence>();
        Quiescence.Attach(Services);
        var deadlines = Services.GetRequiredService<DeadlineServiceProbe>();
        Quiescence.AddWork(() => deadlines.WhenIdleAsync());
    }

    public TestGrainHostOptions Options { get; }

    public IGrainFactory GrainFactory { get; }

    public IServiceProvider Services { get; }

    public FakeTimeProvider Time => Options.Time;

    public GrainQuiescence Quiescence { get; }

    public static async Task<TestGrainHost> StartAsync(IOrganisationDirectory directory, Action<TestGrainHostOptions>? configure = null)
    {
        var options = new TestGrainHostOptions();
        configure?.Invoke(options);
        return await StartAsync(options, directory).ConfigureAwait(false);
    }

    public static async Task<TestGrainHost> StartAsync(TestGrainHostOptions options, IOrganisationDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(directory);
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            var services = silo.Services;
            services.AddSingleton(options.Time);
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(options.Time));
            services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            services.AddSingleton<GrainQuiescence>();
            services.AddSingleton<IIncomingGrainCallFilter>(sp => sp.GetRequiredService<GrainQuiescence>());
            services.AddSingleton<IOutgoingGrainCallFilter>(sp => sp.GetRequiredService<GrainQuiescence>());
            services.AddOrganisationDirectory(directory);
            silo.AddAsivadoGrains();
            silo.AddDeadlines();
            options.ConfigureSilo?.Invoke(silo);

            // The memory stores, unless ConfigureSilo gave the silo others (e.g. PostgreSQL's).
            services.TryAddKeyedSingleton<IGrainStorage>(global::Orleans.Providers.ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, options.Storage);
            services.TryAddSingleton<IGrainStorage>(options.Storage);
            if (services.Single(descriptor => descriptor.ServiceType == typeof(IGrainEntryStorage)).ImplementationType == typeof(MemoryGrainEntryStorage))
            {
                services.Replace(ServiceDescriptor.Singleton<IGrainEntryStorage>(options.Entries));
            }

            services.TryAddSingleton<IDeadlineTable>(options.Deadlines);
        });
        builder.ConfigureClient(client => client.Services.AddAsivadoContracts());
        var cluster = builder.Build();
        await cluster.DeployAsync().ConfigureAwait(false);
        var host = new TestGrainHost(cluster, options, directory);
        await host.WhenIdleAsync().ConfigureAwait(false);
        return host;
    }

    /// <summary>Advances the clock, then waits until the timer turns, deadlines and calls it made due have finished.</summary>
    public async Task AdvanceAsync(TimeSpan delta)
    {
        Time.Advance(delta);
        await WhenIdleAsync().ConfigureAwait(false);
    }

    /// <summary>Waits until no grain call, timer turn or due deadline is in progress.</summary>
    public Task WhenIdleAsync() => Quiescence.WhenIdleAsync();

    /// <summary>Stops the silo (grains deactivate).</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _cluster.StopAllSilosAsync().ConfigureAwait(false);
    }

    /// <summary>Stops this silo and starts a new one over the same clock, stores and organisation.</summary>
    public async Task<TestGrainHost> RestartAsync()
    {
        await DisposeAsync().ConfigureAwait(false);
        return await StartAsync(Options, _directory).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        Quiescence.Dispose();
        await _cluster.DisposeAsync().ConfigureAwait(false);
    }
}
