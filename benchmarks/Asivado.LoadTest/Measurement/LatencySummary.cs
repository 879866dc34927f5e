namespace Asivado.LoadTest.Measurement;

/// <summary>Percentiles of a set of durations, in microseconds.</summary>
public sealed record LatencySummary(long Count, long P50, long P90, long P99, long P999, long Max)
{
    public static readonly LatencySummary Empty = new(0, 0, 0, 0, 0, 0);
}
