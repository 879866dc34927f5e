namespace Asivado.LoadTest.Scenarios;

/// <summary>What makes a run fail. Speed never does: only errors and lost escalations.</summary>
public sealed record Expectations
{
    public long MaxErrors { get; init; }

    public long MaxLostEscalations { get; init; }

    /// <summary>
    /// Overridden customer-service targets (e.g. "acknowledge") whose breach every created case must bring to each of
    /// its department's lead consoles before the end of the drain. Default none.
    /// </summary>
    public IReadOnlyList<string> Breaches { get; init; } = [];

    /// <summary>A breach due less than this before the end of the drain is not counted as lost if it has not arrived. Default 5.</summary>
    public int ArrivalGraceSeconds { get; init; } = 5;

    public TimeSpan ArrivalGrace => TimeSpan.FromSeconds(ArrivalGraceSeconds);
}
