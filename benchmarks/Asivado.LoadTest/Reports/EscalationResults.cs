using Asivado.LoadTest.Measurement;

namespace Asivado.LoadTest.Reports;

/// <summary>
/// Escalations pushed to consoles: arrivals, distinct cases escalated, lost ones (sequence gaps plus
/// created cases never escalated), and lateness (arrival minus dueAt) percentiles, series and histogram.
/// </summary>
public sealed record EscalationResults(
    long Received,
    long CasesEscalated,
    long Lost,
    LatencySummary Lateness,
    IReadOnlyList<IntervalSummary> Intervals,
    IReadOnlyList<HistogramBin> LatenessHistogram);
