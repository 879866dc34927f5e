using System.Text.Json;

namespace Asivado.Orleans.Persistence.Json;

/// <summary>
/// How grain state, keyed-collection entries and deadline metadata are written as JSON, by every provider alike
/// (memory and PostgreSQL), so that a state that round-trips in tests round-trips in production. The host adds its
/// converters (the domain's) once, at start-up.
/// </summary>
public sealed class GrainStateJsonOptions
{
    public JsonSerializerOptions SerializerOptions { get; set; } = new(JsonSerializerDefaults.General);
}
