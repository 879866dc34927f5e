using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using Asivado.Gateway.Api.Validation;

namespace Asivado.Gateway.Api.Json;

/// <summary>
/// Enums on the wire: read by name, case-insensitively ("email" is <c>Email</c>), never as a number or a
/// comma-separated combination; written by their name. Anything else is refused with the allowed names, which
/// <see cref="Problems.ApiExceptionHandler"/> puts in the 400 for the field.
/// </summary>
internal sealed class ApiEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ApiEnumConverter<>).MakeGenericType(typeToConvert))!;
}

internal sealed class ApiEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToFrozenDictionary(value => value.ToString(), StringComparer.OrdinalIgnoreCase);

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : throw Refused();

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString());

    private static TEnum Parse(string? name) =>
        name is not null && ByName.TryGetValue(name, out var value) ? value : throw Refused();

    private static JsonException Refused() => new(AllowedValues.OneOf<TEnum>());
}
