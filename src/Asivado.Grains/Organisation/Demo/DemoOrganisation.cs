using Asivado.Grains.Organisation.Configuration;

namespace Asivado.Grains.Organisation.Demo;

/// <summary>
/// The demo organisation shipped as an embedded resource (demo-organisation.json): calendar
/// "head-office" (Europe/London, Mon–Fri 08:30–12:30 and 13:30–17:30, UK bank holidays 2026–2027);
/// departments customer-care, billing and technical, each with its agents and lead, manager maria.
/// Used when no organisation file is configured.
/// </summary>
public static class DemoOrganisation
{
    public const string ResourceName = "Asivado.Grains.Organisation.Demo.demo-organisation.json";

    public static OrganisationDirectory Load()
    {
        using var json = OpenJson();
        return OrganisationJson.Parse(json);
    }

    /// <summary>The raw JSON, e.g. as a starting point for an organisation file.</summary>
    public static Stream OpenJson() =>
        typeof(DemoOrganisation).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(DemoOrganisation).Assembly.GetName().Name}.");
}
