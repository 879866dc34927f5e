using Asivado.LoadTest.Host;

namespace Asivado.LoadTest.Reports;

/// <summary>
/// Everything a run measured; written as results.json and rendered as report.html. Latencies in microseconds, times
/// in seconds since the run started (consoles connect first; intake starts at <see cref="IntakeStartSeconds"/>).
/// </summary>
/// <param name="Label">How compare names the run (--label; default the scenario and host settings).</param>
/// <param name="HostExitedDuring">The phase in which a launched host's process exited, which ended the run early; null when it did not.</param>
public sealed record RunResults(
    string Scenario,
    string Label,
    DateTimeOffset StartedAt,
    double DurationSeconds,
    double WarmupSeconds,
    double DrainSeconds,
    double IntakeStartSeconds,
    HostInfo HostInfo,
    OrganisationSummary Organisation,
    IntakeResults Intake,
    EscalationResults Escalations,
    ConsoleResults Consoles,
    IReadOnlyList<HostSample> Host,
    IReadOnlyList<MachineSample> Machine,
    DatabaseResults? Database,
    Verdict Verdict,
    string? HostExitedDuring = null);
