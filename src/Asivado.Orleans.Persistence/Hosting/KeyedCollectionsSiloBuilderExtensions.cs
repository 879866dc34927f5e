using Asivado.Orleans.Persistence.Collections;
using Asivado.Orleans.Persistence.Entries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Asivado.Orleans.Persistence.Hosting;

public static class KeyedCollectionsSiloBuilderExtensions
{
    /// <summary>
    /// Lets grains take <c>[PersistentDictionary("name")] IPersistentDictionary&lt;T&gt;</c> parameters. Entries go to
    /// the registered <see cref="IGrainEntryStorage"/>, or to process memory when none is registered.
    /// </summary>
    public static ISiloBuilder AddKeyedGrainCollections(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<Json.GrainStateJsonOptions>();
        services.TryAddSingleton<IGrainEntryStorage, MemoryGrainEntryStorage>();
        services.TryAddSingleton<IAttributeToFactoryMapper<PersistentDictionaryAttribute>, PersistentDictionaryAttributeMapper>();
        return builder;
    }
}
