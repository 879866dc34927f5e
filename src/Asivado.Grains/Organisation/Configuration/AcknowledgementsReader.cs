using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;

namespace Asivado.Grains.Organisation.Configuration;

/// <summary>
/// Reads "acknowledgements": the organisation's language, the expected-response date format and its templates. A
/// template with a default's id and a higher revision supersedes it; every revision stays in the catalog.
/// </summary>
internal static class AcknowledgementsReader
{
    private static readonly string[] Fields = ["language", "dateFormat", "templates"];
    private static readonly string[] TemplateFields = ["id", "revision", "method", "kinds", "subject", "body"];

    public static (AcknowledgementTemplateCatalog Templates, AcknowledgementLanguage Language) Read(ConfigField? acknowledgements)
    {
        var catalog = AcknowledgementTemplateCatalog.WithDefaults();
        if (acknowledgements is not { } section)
        {
            return (catalog, AcknowledgementLanguage.Default);
        }

        section.OnlyFields(Fields);
        var language = Language(section);
        foreach (var field in section.Optional("templates")?.Items() ?? [])
        {
            field.OnlyFields(TemplateFields);
            var template = Template(field);
            try
            {
                catalog.Publish(template);
            }
            catch (ArgumentException e)
            {
                throw ConfigField.Error(field.Required("revision").Path, e.Message, e);
            }
        }

        return (catalog, language);
    }

    private static AcknowledgementLanguage Language(ConfigField section)
    {
        var language = section.Optional("language");
        var dateFormat = section.Optional("dateFormat");
        try
        {
            return new AcknowledgementLanguage(
                language?.String() ?? AcknowledgementLanguage.Default.Language,
                dateFormat?.String() ?? AcknowledgementLanguage.DefaultDatePattern);
        }
        catch (ArgumentException e)
        {
            var path = e.ParamName == "dateFormat" ? dateFormat?.Path : language?.Path;
            throw ConfigField.Error(path ?? section.Path, e.Message, e);
        }
    }

    private static AcknowledgementTemplate Template(ConfigField field)
    {
        var id = field.Required("id").Id();
        var revision = field.Optional("revision")?.PositiveInt() ?? 1;
        var method = field.Required("method").Enum<ContactMethod>();
        var kinds = field.Optional("kinds")?.Items().Select(kind => kind.Enum<CaseKind>()).ToArray() ?? [];
        try
        {
            return new AcknowledgementTemplate(id, method, field.Optional("subject")?.String() ?? "", field.Required("body").String(), revision, [.. kinds]);
        }
        catch (ArgumentException e)
        {
            throw ConfigField.Error(field.Required(e.ParamName is "subject" ? "subject" : "body").Path, e.Message, e);
        }
    }
}
