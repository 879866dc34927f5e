using System.Text.Json;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace Asivado.Orleans.Persistence.Json;

/// <summary>Orleans' grain storage serializer over <see cref="GrainStateJsonOptions"/>: Orleans' memory storage then stores what the PostgreSQL provider stores.</summary>
public sealed class GrainStateJsonSerializer(IOptions<GrainStateJsonOptions> options) : IGrainStorageSerializer
{
    private JsonSerializerOptions SerializerOptions => options.Value.SerializerOptions;

    public BinaryData Serialize<T>(T? input) => BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(input, SerializerOptions));

    public T? Deserialize<T>(BinaryData input) => JsonSerializer.Deserialize<T>(input.ToMemory().Span, SerializerOptions);
}
