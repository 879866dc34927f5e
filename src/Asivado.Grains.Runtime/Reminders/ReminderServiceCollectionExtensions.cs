using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.Reminders.Polling;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class ReminderServiceCollectionExtensions
{
    /// <summary>
    /// Registers the durable reminder service as the <see cref="IReminderService"/> singleton: the exact scheduler, or
    /// the polling baseline when <see cref="ReminderServiceOptions.Mode"/> is <see cref="ReminderServiceMode.Polling"/>
    /// (read when the service is first resolved, so options bound from configuration count). Adds
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
        services.TryAddSingleton<IReminderService>(static provider => Create(provider));
        return services;
    }

    private static IReminderService Create(IServiceProvider provider)
    {
        var mode = provider.GetRequiredService<IOptions<ReminderServiceOptions>>().Value.Mode;
        return mode switch
        {
            ReminderServiceMode.Exact => ActivatorUtilities.CreateInstance<ReminderService>(provider),
            ReminderServiceMode.Polling => ActivatorUtilities.CreateInstance<PollingReminderService>(provider),
            _ => throw new ArgumentOutOfRangeException(nameof(ReminderServiceOptions.Mode), mode, $"The reminder mode must be {nameof(ReminderServiceMode.Exact)} or {nameof(ReminderServiceMode.Polling)}."),
        };
    }
}
