namespace Asivado.LoadTest.Measurement;

/// <summary>One interval of a time series: completions, errors and latency percentiles (µs) of what completed in it.</summary>
public sealed record IntervalSummary(int Index, double StartSeconds, long Count, long Errors, LatencySummary Latency);
