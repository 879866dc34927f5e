using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Asivado.Domain.Acknowledgements;

/// <summary>Fills a template's placeholders; dates read like "Tuesday 14 January 2025 at 17:00 GMT".</summary>
public static class TemplateRenderer
{
    private static readonly ZonedDateTimePattern DatePattern =
        ZonedDateTimePattern.CreateWithInvariantCulture("dddd d MMMM uuuu 'at' HH:mm x", null);

    public static RenderedAcknowledgement Render(AcknowledgementTemplate template, AcknowledgementValues values, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(zone);
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["customerName"] = Required(values.CustomerName, "customerName"),
            ["caseReference"] = Required(values.CaseReference, "caseReference"),
            ["referredTo"] = Required(values.ReferredTo, "referredTo"),
            ["expectedResponse"] = FormatDate(values.ExpectedResponseBy, zone),
        };

        return new RenderedAcknowledgement(template.Id, template.Method, Fill(template.Subject, replacements), Fill(template.Body, replacements));
    }

    public static string FormatDate(Instant instant, DateTimeZone zone) =>
        DatePattern.Format(instant.InZone(zone)).ToString(CultureInfo.InvariantCulture);

    private static string Fill(string text, IReadOnlyDictionary<string, string> replacements) =>
        AcknowledgementTemplate.PlaceholderPattern().Replace(text, match => replacements[match.Groups[1].Value]);

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"'{field}' is required to render an acknowledgement.", field) : value;
}
