using System.Globalization;
using NodaTime.Text;

namespace Asivado.Domain.Acknowledgements;

/// <summary>
/// The organisation's language for what it tells customers: the culture that names days and months, and the pattern
/// of the expected-response date (NodaTime's ZonedDateTime pattern; <c>x</c> is the zone's abbreviation).
/// </summary>
public sealed record AcknowledgementLanguage
{
    public const string DefaultDatePattern = "dddd d MMMM uuuu 'at' HH:mm x";

    public static readonly AcknowledgementLanguage Default = new("en-GB", DefaultDatePattern);

    /// <summary>Throws ArgumentException naming "language" or "dateFormat" when either is not usable.</summary>
    public AcknowledgementLanguage(string language, string datePattern)
    {
        try
        {
            Culture = CultureInfo.GetCultureInfo(language, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new ArgumentException($"'{language}' is not a known language tag (like en-GB or de-DE)", nameof(language));
        }

        try
        {
            Pattern = ZonedDateTimePattern.Create(datePattern, Culture, null, NodaTime.DateTimeZoneProviders.Tzdb, default);
        }
        catch (InvalidPatternException e)
        {
            throw new ArgumentException($"'{datePattern}' is not a date pattern: {e.Message}", "dateFormat");
        }

        Language = language;
        DatePattern = datePattern;
    }

    public string Language { get; }

    public string DatePattern { get; }

    public CultureInfo Culture { get; }

    public ZonedDateTimePattern Pattern { get; }
}
