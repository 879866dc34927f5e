using System.Buffers;
using System.Text.Json;

namespace Asivado.LoadTest.SignalR;

/// <summary>Writes hub protocol messages (JSON + record separator) into a reusable buffer.</summary>
internal static class HubMessageWriter
{
    public static readonly byte[] Handshake = """{"protocol":"json","version":1}"""u8.ToArray().Append(RecordSeparatedBuffer.RecordSeparator).ToArray();

    public static readonly byte[] Ping = """{"type":6}"""u8.ToArray().Append(RecordSeparatedBuffer.RecordSeparator).ToArray();

    /// <summary>Writes one invocation; <paramref name="writer"/> is reset onto <paramref name="output"/> so one writer serves a connection.</summary>
    public static void WriteInvocation(Utf8JsonWriter writer, IBufferWriter<byte> output, string target, ReadOnlySpan<object?> arguments, string? invocationId, JsonSerializerOptions serializerOptions)
    {
        writer.Reset(output);
        {
            writer.WriteStartObject();
            writer.WriteNumber("type"u8, (int)HubMessageType.Invocation);
            if (invocationId is not null)
            {
                writer.WriteString("invocationId"u8, invocationId);
            }

            writer.WriteString("target"u8, target);
            writer.WriteStartArray("arguments"u8);
            foreach (var argument in arguments)
            {
                JsonSerializer.Serialize(writer, argument, argument?.GetType() ?? typeof(object), serializerOptions);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.Flush();
        }

        output.Write([RecordSeparatedBuffer.RecordSeparator]);
    }
}
