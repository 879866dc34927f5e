namespace Asivado.LoadTest.Run;

/// <summary>What a running load test has done so far, for the live console table.</summary>
public sealed record RunProgress(
    string Phase,
    TimeSpan Elapsed,
    long IntakeSent,
    long IntakeCreated,
    long IntakeErrors,
    int ConsolesConnected,
    int ConsolesFailed,
    long ConsolesDropped,
    long EscalationsReceived,
    double HostCpuPercent,
    long HostResidentBytes,
    double MachineCpuPercent,
    double? DatabaseCommitsPerSecond)
{
    public static readonly RunProgress Starting = new("starting", TimeSpan.Zero, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
}
