using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Asivado.Grains.Runtime.Hosting;

public static class GrainRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the grain runtime as a hosted service, <see cref="IGrainFactory"/>, the reminder dispatcher, and
    /// (only when nothing else is registered, so that other providers win whatever the order) <see cref="TimeProvider.System"/>,
    /// <see cref="MemoryGrainStorage"/> and <see cref="MemoryReminderTable"/>, plus the reminder service (AddReminderService). Grain classes come from
    /// <see cref="GrainRuntimeOptions.AddGrainsFrom"/> / <see cref="GrainRuntimeOptions.AddGrain{TGrain}"/> in <paramref name="configure"/>.
    /// </summary>
    public static IServiceCollection AddGrainRuntime(this IServiceCollection services, Action<GrainRuntimeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GrainRuntimeOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddMetrics();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IGrainStorage, MemoryGrainStorage>();
        services.TryAddSingleton<IReminderTable, MemoryReminderTable>();
        services.TryAddSingleton<GrainRuntime>();
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>().GrainFactory);
        services.TryAddSingleton<IReminderDispatcher, ReminderDispatcher>();
        services.AddReminderService();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, GrainRuntimeHostedService>());
        return services;
    }
}
