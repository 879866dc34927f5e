using Asivado.Grains.Runtime.Reminders;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class ReminderServiceCollectionExtensions
{
    /// <summary>
    /// Registers the durable reminder scheduler as the <see cref="IReminderService"/> singleton, with
    /// <see cref="MemoryReminderTable"/> and <see cref="TimeProvider.System"/> unless another table or clock is
    /// registered. The host must register an <see cref="IReminderDispatcher"/> and call
    /// <see cref="IReminderService.StartAsync"/> / <see cref="IReminderService.StopAsync"/>.
    /// </summary>
    public static IServiceCollection AddReminderService(this IServiceCollection services, Action<ReminderServiceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<ReminderServiceOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IReminderTable, MemoryReminderTable>();
        services.TryAddSingleton<IReminderService, ReminderService>();
        return services;
    }
}
