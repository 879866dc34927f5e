using Asivado.Domain.Serialization;
using Asivado.Grains.Organisation;
using Asivado.Grains.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Asivado.Grains.Hosting;

public static class AsivadoGrainsExtensions
{
    /// <summary>
    /// Registers the case, agent, department and call grains, and the domain's JSON converters for their state.
    /// Null properties are left out of stored state (they read back as null): a case has many, and every byte is
    /// stored, logged in the WAL and held in memory per case.
    /// </summary>
    public static GrainRuntimeOptions AddAsivadoGrains(this GrainRuntimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddGrainsFrom(typeof(AsivadoGrainsExtensions).Assembly);
        options.StateSerializerOptions.AddDomainConverters();
        options.StateSerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        return options;
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
