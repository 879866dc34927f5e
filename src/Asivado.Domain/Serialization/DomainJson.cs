using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace Asivado.Domain.Serialization;

/// <summary>
/// System.Text.Json settings for everything the grains persist or the API returns: NodaTime values as
/// ISO strings (Instant "2025-01-14T09:30:00Z", Duration "1:07:00:00" as d:hh:mm:ss, LocalDate
/// "2025-01-14", LocalTime "09:30:00"), enums by name, camelCase. The NodaTime converters are
/// NodaTime.Serialization.SystemTextJson's, with the patterns the stored state has always used; only writing an
/// <see cref="Instant"/> is hand-written (<see cref="InstantJsonConverter"/>: measured faster on the intake path).
/// </summary>
public static class DomainJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Adds the NodaTime converters and enum names to existing options (e.g. ASP.NET Core's).</summary>
    public static JsonSerializerOptions AddDomainConverters(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new InstantJsonConverter());

        // Duration: the d:hh:mm:ss round-trip pattern (the library's default is hours only, "31:00:00"); stored state keeps its shape.
        options.Converters.Add(new DescribedConverter<Duration>(new NodaPatternConverter<Duration>(DurationPattern.Roundtrip), "must be a duration like \"1:07:00:00\" (days:hours:minutes:seconds)"));
        options.Converters.Add(new DescribedConverter<LocalDate>(NodaConverters.LocalDateConverter, "must be a date like \"2025-01-14\""));
        options.Converters.Add(new DescribedConverter<LocalTime>(NodaConverters.LocalTimeConverter, "must be a time of day like \"09:30:00\""));
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
