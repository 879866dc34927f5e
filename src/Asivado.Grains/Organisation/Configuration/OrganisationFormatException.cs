namespace Asivado.Grains.Organisation.Configuration;

/// <summary>
/// The organisation configuration is invalid. <see cref="Field"/> is the JSON path of the culprit
/// ("departments[1].leads[0]", "$" for the document itself); the message names it too, so a failed
/// start-up says where to look.
/// </summary>
public sealed class OrganisationFormatException(string field, string detail, Exception? inner = null)
    : FormatException($"Organisation field '{field}': {detail}", inner)
{
    public string Field { get; } = field;

    /// <summary>What is wrong with the field, without the field name.</summary>
    public string Detail { get; } = detail;
}
