namespace Asivado.Grains.Organisation.Configuration;

/// <summary>Where the organisation comes from; bound from the configuration section "Organisation".</summary>
public sealed class OrganisationOptions
{
    public const string SectionName = "Organisation";

    /// <summary>
    /// Path of the organisation JSON file ("Organisation:File"); a relative path is resolved against the
    /// host's content root. Default: null, meaning the embedded demo organisation.
    /// </summary>
    public string? File { get; set; }
}
