using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace Asivado.Domain.Serialization;

/// <summary>Reads and writes a NodaTime value as a string in one fixed, round-trippable pattern.</summary>
internal sealed class NodaPatternConverter<T>(IPattern<T> pattern, string example) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {typeof(T).Name} string like \"{example}\", found {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not a {typeof(T).Name} like \"{example}\".");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(pattern.Format(value));
}
