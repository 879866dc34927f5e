using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;

namespace Asivado.Domain.Serialization;

/// <summary>
/// System.Text.Json settings for everything the grains persist or the API returns: NodaTime values as
/// ISO strings (Instant "2025-01-14T09:30:00Z", Duration "1:07:00:00" as d:hh:mm:ss, LocalDate
/// "2025-01-14", LocalTime "09:30:00"), enums by name, camelCase.
/// (NodaTime.Serialization.SystemTextJson does not restore here, hence these small converters.)
/// </summary>
public static class DomainJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Adds the NodaTime converters and enum names to existing options (e.g. ASP.NET Core's).</summary>
    public static JsonSerializerOptions AddDomainConverters(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new InstantJsonConverter());
        options.Converters.Add(new NodaPatternConverter<Duration>(DurationPattern.Roundtrip, "1:07:00:00"));
        options.Converters.Add(new NodaPatternConverter<LocalDate>(LocalDatePattern.Iso, "2025-01-14"));
        options.Converters.Add(new NodaPatternConverter<LocalTime>(LocalTimePattern.ExtendedIso, "09:30:00"));
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() }.AddDomainConverters();
        options.MakeReadOnly();
        return options;
    }
}
