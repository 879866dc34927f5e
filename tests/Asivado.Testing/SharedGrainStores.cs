using Asivado.Grains.Hosting;
using Asivado.Orleans.Deadlines.Table;
using Asivado.Orleans.Persistence.Entries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Providers;
using Orleans.Storage;

namespace Asivado.Testing;

/// <summary>
/// Grain state, keyed-collection entries and deadlines in instances that outlive a host: give the same instance to a
/// host started after another stopped, and it is the same system restarted over its database.
/// </summary>
public sealed class SharedGrainStores
{
    public DurableMemoryGrainStorage Storage { get; } = new(AsivadoGrainsExtensions.ConfigureStateJson(new()));

    public MemoryGrainEntryStorage Entries { get; } = new();

    public MemoryDeadlineTable Deadlines { get; } = new();

    /// <summary>Replaces the silo's grain storage (default and unnamed), entry storage and deadline table with these.</summary>
    public void ReplaceIn(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.RemoveAllKeyed<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
        services.AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, Storage);
        services.Replace(ServiceDescriptor.Singleton<IGrainStorage>(Storage));
        services.Replace(ServiceDescriptor.Singleton<IGrainEntryStorage>(Entries));
        services.Replace(ServiceDescriptor.Singleton<IDeadlineTable>(Deadlines));
    }
}
