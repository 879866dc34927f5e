using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Hosting;
using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.Grains.Runtime.Testing;

/// <summary>
/// The grain runtime in process for tests, like Orleans' TestCluster with one silo: memory providers by
/// default, a <see cref="FakeTimeProvider"/> clock, and ways to wait for the work a clock advance causes.
/// </summary>
public sealed class TestGrainHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly IHostedService[] _hostedServices;
    private readonly GrainRuntime _runtime;
    private bool _stopped;

    private TestGrainHost(TestGrainHostOptions options, ServiceProvider provider)
    {
        Options = options;
        _provider = provider;
        _hostedServices = provider.GetServices<IHostedService>().ToArray();
        _runtime = provider.GetRequiredService<GrainRuntime>();
        GrainFactory = provider.GetRequiredService<IGrainFactory>();
    }

    public TestGrainHostOptions Options { get; }

    public IGrainFactory GrainFactory { get; }

    /// <summary>The clock; advance it with <see cref="AdvanceAsync"/> to also wait for what falls due.</summary>
    public FakeTimeProvider Time => Options.Time;

    public IServiceProvider Services => _provider;

    public static Task<TestGrainHost> StartAsync(Action<TestGrainHostOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        var options = new TestGrainHostOptions();
        configure?.Invoke(options);
        return StartAsync(options, cancellationToken);
    }

    /// <summary>Builds the services and starts every hosted service (startup tasks, runtime, reminders).</summary>
    public static async Task<TestGrainHost> StartAsync(TestGrainHostOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(options.Time);
        services.AddSingleton(options.Storage);
        services.AddSingleton(options.ReminderTable);
        services.AddGrainRuntime(options.ConfigureRuntime);
        options.ConfigureServices?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var host = new TestGrainHost(options, provider);
        foreach (var hosted in host._hostedServices)
        {
            await hosted.StartAsync(cancellationToken).ConfigureAwait(false);
        }

        return host;
    }

    /// <summary>Advances the clock, then waits until the timer turns, deactivations and reminders it made due have finished.</summary>
    public async Task AdvanceAsync(TimeSpan delta)
    {
        Time.Advance(delta);
        await WhenIdleAsync().ConfigureAwait(false);
    }

    /// <summary>Waits until no timer turn, deactivation or due reminder is in progress.</summary>
    public async Task WhenIdleAsync()
    {
        var reminders = _provider.GetService<IReminderService>();
        while (true)
        {
            var work = _runtime.Work.WhenIdleAsync();
            var due = reminders?.WhenIdleAsync() ?? Task.CompletedTask;
            if (work.IsCompleted && due.IsCompleted)
            {
                return;
            }

            await Task.WhenAll(work, due).ConfigureAwait(false);
        }
    }

    /// <summary>Stops reminders and deactivates every activation (OnDeactivateAsync runs).</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        foreach (var hosted in _hostedServices.Reverse())
        {
            await hosted.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops this host and starts a new one over the same clock, storage, reminder table and configuration.</summary>
    public async Task<TestGrainHost> RestartAsync(CancellationToken cancellationToken = default)
    {
        await DisposeAsync().ConfigureAwait(false);
        return await StartAsync(Options, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await _provider.DisposeAsync().ConfigureAwait(false);
    }
}
