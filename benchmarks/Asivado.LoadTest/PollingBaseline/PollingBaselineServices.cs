using Asivado.Orleans.Deadlines;
using Asivado.Orleans.Deadlines.Table;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Serialization;

namespace Asivado.LoadTest.PollingBaseline;

/// <summary>Swaps the polling baseline into a silo's finished service registrations (the gateway's, by <see cref="StartupHook"/>).</summary>
public static class PollingBaselineServices
{
    /// <summary>The key under which the silo's real deadline table stays registered, for the polling service.</summary>
    public const string TableKey = "asivado-polling-baseline";

    /// <summary>
    /// Grains' <see cref="IDeadlineScheduler"/> becomes <see cref="PollingDeadlineScheduler"/> (to the
    /// <see cref="PollingDeadlineService"/> added here), which keeps the registered <see cref="IDeadlineTable"/> (memory
    /// or PostgreSQL) under <see cref="TableKey"/>. The exact <see cref="DeadlineService"/> stays registered, as Orleans
    /// gives no way to take out one grain service, but on an empty memory table of its own: it never fires anything.
    /// </summary>
    /// <exception cref="InvalidOperationException">No deadline table or scheduler is registered: not an Asivado silo.</exception>
    public static void Swap(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var table = services.LastOrDefault(static d => d.ServiceType == typeof(IDeadlineTable) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("No IDeadlineTable is registered: the polling baseline needs a silo with AddDeadlines and a table.");
        if (!services.Any(static d => d.ServiceType == typeof(IDeadlineScheduler)))
        {
            throw new InvalidOperationException("No IDeadlineScheduler is registered: the polling baseline needs a silo with AddDeadlines.");
        }

        services.RemoveAll<IDeadlineTable>();
        services.Add(AsKeyed(table));
        services.AddSingleton<IDeadlineTable>(new MemoryDeadlineTable());
        services.RemoveAll<IDeadlineScheduler>();
        services.AddSingleton<IDeadlineScheduler, PollingDeadlineScheduler>();
        services.AddGrainService<PollingDeadlineService>();
        services.AddOptions<PollingBaselineOptions>().Bind(configuration.GetSection(PollingBaselineOptions.SectionName));

        // This assembly is not among the host's dependencies, so Orleans would not find its generated proxy and invokers.
        services.AddSerializer(serializer => serializer.AddAssembly(typeof(PollingBaselineServices).Assembly));
    }

    private static ServiceDescriptor AsKeyed(ServiceDescriptor table) => table switch
    {
        { ImplementationInstance: { } instance } => ServiceDescriptor.KeyedSingleton(typeof(IDeadlineTable), TableKey, instance),
        { ImplementationFactory: { } factory } => ServiceDescriptor.KeyedSingleton(typeof(IDeadlineTable), TableKey, (provider, _) => factory(provider)),
        _ => ServiceDescriptor.KeyedSingleton(typeof(IDeadlineTable), TableKey, table.ImplementationType!),
    };
}
