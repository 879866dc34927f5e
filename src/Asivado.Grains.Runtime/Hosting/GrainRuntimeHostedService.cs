using Asivado.Grains.Runtime.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Asivado.Grains.Runtime.Hosting;

/// <summary>
/// Starts the runtime: every <see cref="IGrainRuntimeStartupTask"/> in registration order, then calls are
/// accepted, then the reminder service starts. Stops in reverse: reminders, then every activation is deactivated.
/// </summary>
internal sealed class GrainRuntimeHostedService : IHostedService
{
    private readonly GrainRuntime _runtime;
    private readonly IServiceProvider _services;

    // Resolved at start: at stop the container may already be disposing (WebApplicationFactory teardown).
    private IReminderService? _reminders;

    public GrainRuntimeHostedService(GrainRuntime runtime, IServiceProvider services)
    {
        _runtime = runtime;
        _services = services;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var task in _services.GetServices<IGrainRuntimeStartupTask>())
        {
            await task.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        }

        _runtime.Start();
        _reminders = _services.GetService<IReminderService>();
        if (_reminders is not null)
        {
            await _reminders.StartAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_reminders is not null)
        {
            await _reminders.StopAsync(cancellationToken).ConfigureAwait(false);
        }

        await _runtime.StopAsync().ConfigureAwait(false);
    }
}
