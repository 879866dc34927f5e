using Asivado.LoadTest.Measurement;

namespace Asivado.LoadTest.Reports;

/// <summary>
/// Case intake: requests, successes, requests the host shed (refused at its limit) and errors by reason (warm-up included); throughput, latency from the intended
/// start and the per-second series of the measured part (after warm-up).
/// </summary>
public sealed record IntakeResults(
    long Sent,
    long Created,
    long Errors,
    double ThroughputPerSecond,
    LatencySummary Latency,
    IReadOnlyDictionary<string, long> ErrorsByReason,
    IReadOnlyList<IntervalSummary> Intervals,
    long Shed = 0);
