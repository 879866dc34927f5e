using System.Text.Json;

namespace Asivado.Grains.Organisation.Configuration;

/// <summary>
/// Reads the organisation configuration (calendars, extra policies, departments with their policy
/// overrides, people) into an <see cref="OrganisationDirectory"/>. The format is documented in
/// Organisation/Configuration/README.md. Every error is an <see cref="OrganisationFormatException"/>
/// naming the JSON path of the field at fault.
/// </summary>
public static class OrganisationJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static OrganisationDirectory Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = Open(() => JsonDocument.Parse(json, DocumentOptions));
        return OrganisationReader.Read(ConfigField.Root(document.RootElement));
    }

    public static OrganisationDirectory Parse(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = Open(() => JsonDocument.Parse(json, DocumentOptions));
        return OrganisationReader.Read(ConfigField.Root(document.RootElement));
    }

    private static JsonDocument Open(Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException e)
        {
            throw new OrganisationFormatException("$", $"is not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
    }
}
