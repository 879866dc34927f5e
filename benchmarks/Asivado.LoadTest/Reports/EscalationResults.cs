using Asivado.LoadTest.Measurement;

namespace Asivado.LoadTest.Reports;

/// <summary>
/// Escalations pushed to consoles. Lateness is arrival at the console minus the step's due instant (stepDueAt, or
/// dueAt for a breach when the host sends no stepDueAt), on this machine's clock; escalations of other steps without
/// stepDueAt are counted in <see cref="WithoutDueInstant"/>, not measured.
/// </summary>
/// <param name="Received">Escalation pushes applied by consoles (every level and recipient).</param>
/// <param name="ExpectedDeliveries">Expected breaches (case × expected target × lead console of its department) due at least the grace before the end of the drain.</param>
/// <param name="MissingDeliveries">Expected deliveries that never reached their console.</param>
/// <param name="Lost">Sequence gaps plus missing deliveries: what the verdict checks.</param>
/// <param name="CasesNeverEscalated">Created cases with an expected breach due in time of which no console received any.</param>
/// <param name="NotDueInTime">Expected breaches due after the end of the drain minus the grace, not checked.</param>
/// <param name="Early">Escalations that arrived before their due instant (a host firing early).</param>
public sealed record EscalationResults(
    long Received,
    long CasesEscalated,
    IReadOnlyDictionary<string, long> ByLevel,
    long ExpectedDeliveries,
    long MissingDeliveries,
    long SequenceGaps,
    long Lost,
    long CasesNeverEscalated,
    long NotDueInTime,
    long WithoutDueInstant,
    long Early,
    LatencySummary Lateness,
    IReadOnlyList<IntervalSummary> Intervals,
    IReadOnlyList<HistogramBin> LatenessHistogram);
