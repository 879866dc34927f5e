using Asivado.Orleans.Deadlines;
using Asivado.Orleans.Deadlines.Table;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Orleans.Hosting;

public static class DeadlineSiloBuilderExtensions
{
    /// <summary>
    /// Adds the deadline service to the silo: the <see cref="DeadlineService"/> grain service, the
    /// <see cref="IDeadlineScheduler"/> singleton grains use (<see cref="DeadlineServiceClient"/>), validated
    /// <see cref="DeadlineServiceOptions"/> and the per-silo <see cref="DeadlineServiceProbe"/> for tests. The service's
    /// clock is the <see cref="TimeProvider"/> keyed <see cref="DeadlineServiceTime.Key"/>, which defaults to the
    /// silo's unkeyed one (also under <c>UseTimeProviderForBackgroundAreas</c>, like Orleans' grain-facing area). An
    /// <see cref="IDeadlineTable"/> must be registered too, e.g. with <see cref="AddMemoryDeadlineTable"/>. Calling this
    /// again only adds <paramref name="configure"/>.
    /// </summary>
    public static ISiloBuilder AddDeadlines(this ISiloBuilder builder, Action<DeadlineServiceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<DeadlineServiceOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (services.Any(static descriptor => descriptor.ServiceType == typeof(DeadlineServiceProbe)))
        {
            return builder;
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeadlineServiceOptions>, DeadlineServiceOptionsValidator>());
        services.AddMetrics();
        services.AddSingleton<DeadlineServiceProbe>();
        services.TryAddKeyedSingleton<TimeProvider>(DeadlineServiceTime.Key, static (provider, _) => provider.GetRequiredService<TimeProvider>());
        services.AddGrainService<DeadlineService>();
        services.TryAddSingleton<DeadlineServiceClient>();
        services.TryAddSingleton<IDeadlineScheduler>(static provider => provider.GetRequiredService<DeadlineServiceClient>());
        return builder;
    }

    /// <summary>Registers a <see cref="MemoryDeadlineTable"/> singleton as the <see cref="IDeadlineTable"/>, unless one is registered.</summary>
    public static ISiloBuilder AddMemoryDeadlineTable(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<IDeadlineTable, MemoryDeadlineTable>();
        return builder;
    }
}
