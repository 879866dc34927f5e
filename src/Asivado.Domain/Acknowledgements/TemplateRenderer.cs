using NodaTime;

namespace Asivado.Domain.Acknowledgements;

/// <summary>
/// Fills a template's placeholders; dates in the calendar's zone and the organisation's language
/// (<see cref="AcknowledgementLanguage.Default"/>: "Tuesday 14 January 2025 at 17:00 GMT").
/// </summary>
public static class TemplateRenderer
{
    public static RenderedAcknowledgement Render(AcknowledgementTemplate template, AcknowledgementValues values, DateTimeZone zone, AcknowledgementLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(zone);
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["customerName"] = Required(values.CustomerName, "customerName"),
            ["caseReference"] = Required(values.CaseReference, "caseReference"),
            ["referredTo"] = Required(values.ReferredTo, "referredTo"),
            ["expectedResponse"] = FormatDate(values.ExpectedResponseBy, zone, language ?? AcknowledgementLanguage.Default),
        };

        return new RenderedAcknowledgement(template.Id, template.Method, Fill(template.Subject, replacements), Fill(template.Body, replacements));
    }

    public static string FormatDate(Instant instant, DateTimeZone zone) => FormatDate(instant, zone, AcknowledgementLanguage.Default);

    public static string FormatDate(Instant instant, DateTimeZone zone, AcknowledgementLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Pattern.Format(instant.InZone(zone));
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> replacements) =>
        AcknowledgementTemplate.PlaceholderPattern().Replace(text, match => replacements[match.Groups[1].Value]);

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"'{field}' is required to render an acknowledgement.", field) : value;
}
