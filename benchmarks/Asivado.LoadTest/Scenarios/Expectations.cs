namespace Asivado.LoadTest.Scenarios;

/// <summary>What makes a run fail. Speed never does: only errors and lost escalations.</summary>
public sealed record Expectations
{
    public long MaxErrors { get; init; }

    public long MaxLostEscalations { get; init; }
}
