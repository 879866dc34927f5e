using Asivado.LoadTest.Measurement;

namespace Asivado.Intake.Benchmarks.Intake;

/// <summary>One open-loop period: what was asked, what was achieved, and how long it took.</summary>
/// <param name="Elapsed">From the first intended start to the last completion.</param>
/// <param name="HostCpuPercent">The gateway process's mean CPU over the period (200 = both cores of a 2-core machine).</param>
/// <param name="HostResidentBytes">The gateway process's largest resident set seen.</param>
/// <param name="MachineCpuPercent">All processes on the machine (this one, the gateway, PostgreSQL, anything else).</param>
/// <param name="PostgresCpuPercent">Every PostgreSQL server process, whichever database it served.</param>
internal sealed record IntakeStepResult(
    double TargetRate,
    TimeSpan Duration,
    long Started,
    long Succeeded,
    IReadOnlyDictionary<string, long> Errors,
    LatencySummary Latency,
    TimeSpan Elapsed,
    double HostCpuPercent,
    long HostResidentBytes,
    double MachineCpuPercent,
    double PostgresCpuPercent)
{
    public long ErrorCount => Errors.Values.Sum();

    /// <summary>Successful intakes per second over the schedule, or over the time it really took when longer.</summary>
    public double AchievedRate => Succeeded / Math.Max(Duration.TotalSeconds, Elapsed.TotalSeconds);

    public double P99Milliseconds => Latency.P99 / 1000.0;
}
