namespace Asivado.LoadTest.Rates;

/// <summary>How fast, how long and how many at once an <see cref="OpenLoopRateDriver"/> runs operations.</summary>
public sealed class RateDriverOptions
{
    /// <summary>Operations started per second. Required, greater than zero.</summary>
    public required double RatePerSecond { get; init; }

    /// <summary>How long operations are started for. Required, greater than zero.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>
    /// When given, the run follows these phases in order instead of one rate for the whole duration (each rate greater
    /// than zero; their durations add up to <see cref="Duration"/>).
    /// </summary>
    public IReadOnlyList<RatePhase> Phases { get; init; } = [];

    /// <summary>
    /// Most operations in flight at once. When reached, the next start waits for a free slot; the
    /// wait counts in its latency (measured from the intended start). Default 1,000.
    /// </summary>
    public int MaxConcurrency { get; init; } = 1_000;
}
