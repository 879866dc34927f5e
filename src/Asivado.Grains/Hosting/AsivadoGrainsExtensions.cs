using System.Text.Json;
using System.Text.Json.Serialization;
using Asivado.Domain.Serialization;
using Asivado.Grains.Organisation;
using Asivado.Grains.Organisation.Revisions;
using Asivado.Grains.Organisation.Revisions.Reapplication;
using Asivado.Grains.Serialization;
using Asivado.Orleans.Persistence.Hosting;
using Asivado.Orleans.Persistence.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;

namespace Asivado.Grains.Hosting;

public static class AsivadoGrainsExtensions
{
    /// <summary>
    /// What the case, agent, department and call grains need of a silo: their contracts on Orleans' JSON codec, the
    /// domain's JSON converters for their state, and keyed collections. Null properties are left out of stored state
    /// (they read back as null): a case has many, and every byte is stored and logged in the WAL. The silo also needs
    /// grain storage, the deadline service and an organisation directory; the host chooses them. The departments' breach
    /// forecast uses <see cref="Domain.Forecasting.ForecastSettings.Default"/> unless a <see cref="Domain.Forecasting.ForecastSettings"/> is registered instead.
    /// </summary>
    public static ISiloBuilder AddAsivadoGrains(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        var services = silo.Services;
        services.Configure<GrainStateJsonOptions>(options => ConfigureStateJson(options.SerializerOptions));
        services.AddAsivadoContracts();
        // Orleans keeps a grain's address cached after it deactivated, up to a million by default: with a million open
        // cases, nearly all of them stored and not in memory, that cache alone held about 230 B per case.
        services.Configure<GrainDirectoryOptions>(options => options.CacheSize = DirectoryCacheSize);
        silo.AddKeyedGrainCollections();
        services.TryAddSingleton(Domain.Forecasting.ForecastSettings.Default);
        services.AddOrganisationRevisions();
        return silo;
    }

    /// <summary>Grain addresses a silo caches: well above the grains being worked at once (cases, agents, departments).</summary>
    public const int DirectoryCacheSize = 100_000;

    /// <summary>The grains' contracts on Orleans' JSON codec, for a silo or a client that calls the grains.</summary>
    public static IServiceCollection AddAsivadoContracts(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // The codec writes them on the wire only; copying inside a silo is left to SharedImmutableCopier (the codec's
        // own copier would write and read each argument as JSON on every call).
        services.AddSerializer(serializer => serializer.AddJsonSerializer(
            isSerializable: JsonCarriedContracts.IsCarried,
            isCopyable: null,
            configureOptions: options => options.Configure(json => json.SerializerOptions = DomainJson.Options)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGeneralizedCopier, SharedImmutableCopier>());
        return services;
    }

    /// <summary>How the grains' state is written as JSON: the domain's converters, nulls left out.</summary>
    public static JsonSerializerOptions ConfigureStateJson(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDomainConverters();
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return options;
    }

    /// <summary>
    /// Published revisions of the organisation (policies, overrides, calendars): each silo catches up at start and when a
    /// case re-applies a revision; re-application jobs take their options from the "Reapplication" section.
    /// </summary>
    private static IServiceCollection AddOrganisationRevisions(this IServiceCollection services)
    {
        services.AddOptions<ReapplicationOptions>().BindConfiguration(ReapplicationOptions.SectionName);
        services.TryAddSingleton<OrganisationRevisionSync>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<OrganisationRevisionSync>());
        return services;
    }

    /// <summary>Makes <paramref name="directory"/> the organisation the grains read.</summary>
    public static IServiceCollection AddOrganisationDirectory(this IServiceCollection services, IOrganisationDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        services.RemoveAll<IOrganisationDirectory>();
        services.AddSingleton(directory);
        return services;
    }
}
