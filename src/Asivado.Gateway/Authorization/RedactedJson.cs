using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Asivado.Gateway.Authorization;

/// <summary>
/// Writes an object as the API's JSON with some properties replaced and <c>contactRedacted: true</c> added, in one
/// pass over the serializer's own metadata (no document built and written again: intakes answer integrations,
/// which never see contact details, thousands of times a second).
/// </summary>
internal static class RedactedJson
{
    public static byte[] Write<T>(T value, JsonSerializerOptions options, IReadOnlyDictionary<string, Action<Utf8JsonWriter>> replacements)
    {
        var info = options.GetTypeInfo(typeof(T));
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented }))
        {
            writer.WriteStartObject();
            foreach (var property in info.Properties)
            {
                if (property.Get is null)
                {
                    continue;
                }

                writer.WritePropertyName(property.Name);
                if (replacements.TryGetValue(property.Name, out var replace))
                {
                    replace(writer);
                    continue;
                }

                JsonSerializer.Serialize(writer, property.Get(value!), property.PropertyType, options);
            }

            writer.WriteBoolean(ContactRedaction.FlagName, true);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
