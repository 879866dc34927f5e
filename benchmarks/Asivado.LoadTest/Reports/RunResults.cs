using Asivado.LoadTest.Host;

namespace Asivado.LoadTest.Reports;

/// <summary>Everything a run measured; written as results.json and rendered as report.html. Latencies in microseconds.</summary>
public sealed record RunResults(
    string Scenario,
    DateTimeOffset StartedAt,
    double DurationSeconds,
    double WarmupSeconds,
    IntakeResults Intake,
    EscalationResults Escalations,
    ConsoleResults Consoles,
    IReadOnlyList<HostSample> Host,
    Verdict Verdict);
