using Asivado.LoadTest.Measurement;

namespace Asivado.LoadTest.Reports;

/// <summary>Case intake after warm-up: requests, successes, errors by reason, latency from the intended start, per-second series.</summary>
public sealed record IntakeResults(
    long Sent,
    long Created,
    long Errors,
    double ThroughputPerSecond,
    LatencySummary Latency,
    IReadOnlyDictionary<string, long> ErrorsByReason,
    IReadOnlyList<IntervalSummary> Intervals);
