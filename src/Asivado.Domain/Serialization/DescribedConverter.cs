using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Utility;

namespace Asivado.Domain.Serialization;

/// <summary>
/// A NodaTime.Serialization.SystemTextJson converter whose refusal says, for a person, what the value must look like
/// ("must be a date like \"2025-01-14\""), without echoing it or naming a .NET type. Reading and writing are the library's.
/// </summary>
internal sealed class DescribedConverter<T>(JsonConverter<T> inner, string expected) : JsonConverter<T>
{
    /// <summary>"must be a date like \"2025-01-14\"": the JSON reader's message for the field.</summary>
    public string Expected { get; } = expected;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(Expected);
        }

        try
        {
            return inner.Read(ref reader, typeToConvert, options)!;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidNodaDataException or ArgumentException)
        {
            throw new JsonException(Expected, exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => inner.Write(writer, value, options);
}
