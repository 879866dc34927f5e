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
        var reminders = _services.GetService<IReminderService>();
        if (reminders is not null)
        {
            await reminders.StartAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var reminders = _services.GetService<IReminderService>();
        if (reminders is not null)
        {
            await reminders.StopAsync(cancellationToken).ConfigureAwait(false);
        }

        await _runtime.StopAsync().ConfigureAwait(false);
    }
}
