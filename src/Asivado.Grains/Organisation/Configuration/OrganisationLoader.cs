using Asivado.Grains.Organisation.Demo;

namespace Asivado.Grains.Organisation.Configuration;

/// <summary>Loads the organisation the options point to: the configured file, or the embedded demo.</summary>
internal static class OrganisationLoader
{
    public static OrganisationDirectory Load(OrganisationOptions options, string? contentRoot)
    {
        if (string.IsNullOrWhiteSpace(options.File))
        {
            return DemoOrganisation.Load();
        }

        var path = Path.GetFullPath(options.File, contentRoot ?? Directory.GetCurrentDirectory());
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The organisation file configured in {OrganisationOptions.SectionName}:File does not exist: {path}", path);
        }

        using var stream = File.OpenRead(path);
        try
        {
            return OrganisationJson.Parse(stream);
        }
        catch (OrganisationFormatException e)
        {
            throw new OrganisationFormatException(e.Field, $"{e.Detail} (in {path})", e);
        }
    }
}
