using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Asivado.Grains.Organisation.Configuration;

public static class OrganisationHostingExtensions
{
    /// <summary>
    /// Registers the organisation directory read from the file at configuration key "Organisation:File",
    /// or the embedded demo organisation when the key is absent. The file is read once, when the host
    /// starts: an invalid file fails start-up with an <see cref="OrganisationFormatException"/> naming the field.
    /// A directory registered earlier (e.g. with AddOrganisationDirectory in tests) is kept.
    /// </summary>
    public static IHostApplicationBuilder AddOrganisation(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOrganisation();
        return builder;
    }

    /// <inheritdoc cref="AddOrganisation(IHostApplicationBuilder)"/>
    public static IServiceCollection AddOrganisation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<OrganisationOptions>().BindConfiguration(OrganisationOptions.SectionName);
        services.TryAddSingleton<IOrganisationDirectory>(sp => OrganisationLoader.Load(
            sp.GetRequiredService<IOptions<OrganisationOptions>>().Value,
            sp.GetService<IHostEnvironment>()?.ContentRootPath));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, OrganisationStartupCheck>());
        return services;
    }
}
