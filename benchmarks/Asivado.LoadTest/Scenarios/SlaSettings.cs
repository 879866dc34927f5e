namespace Asivado.LoadTest.Scenarios;

/// <summary>SLA policy overrides applied to every scenario department before the run, e.g. { "acknowledge": "00:00:05" }.</summary>
public sealed record SlaSettings
{
    public IReadOnlyDictionary<string, TimeSpan> TargetOverrides { get; init; } = new Dictionary<string, TimeSpan>();
}
