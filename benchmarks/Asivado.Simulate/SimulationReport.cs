using System.Text.Json;
using System.Text.Json.Serialization;

namespace Asivado.Simulate;

/// <summary>The drafts' results side by side, as report.json.</summary>
public sealed record SimulationReport(string Day, DateTimeOffset Start, double Hours, IReadOnlyList<SimulationResult> Drafts)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
