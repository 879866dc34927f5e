namespace Asivado.LoadTest.Reports;

/// <summary>One bar of a histogram: values from (inclusive) to (exclusive), in microseconds.</summary>
public sealed record HistogramBin(string Label, long FromMicroseconds, long ToMicroseconds, long Count);
