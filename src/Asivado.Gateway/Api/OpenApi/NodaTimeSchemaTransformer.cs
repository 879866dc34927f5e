using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace Asivado.Gateway.Api.OpenApi;

/// <summary>
/// The domain's NodaTime values travel as ISO strings (DomainJson); their custom converters leave the schema
/// generator nothing to describe, so this says what the strings look like.
/// </summary>
internal sealed class NodaTimeSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<Type, (string? Format, string Example)> Strings = new()
    {
        [typeof(Instant)] = ("date-time", "2026-01-05T09:30:00Z"),
        [typeof(LocalDate)] = ("date", "2026-01-05"),
        [typeof(LocalTime)] = ("time", "09:30:00"),
        [typeof(Duration)] = (null, "1:07:00:00"),
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        if (Strings.TryGetValue(underlying ?? type, out var format))
        {
            schema.Type = underlying is null ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = format.Format;
            schema.Examples = [JsonValue.Create(format.Example)];
            schema.Properties?.Clear();
        }

        return Task.CompletedTask;
    }
}
