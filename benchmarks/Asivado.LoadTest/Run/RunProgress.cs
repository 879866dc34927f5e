namespace Asivado.LoadTest.Run;

/// <summary>What a running load test has done so far, for the live console table.</summary>
public sealed record RunProgress(string Phase, TimeSpan Elapsed, long IntakeSent, long IntakeCreated, long IntakeErrors, int ConsolesConnected, int ConsolesFailed, long EscalationsReceived, double HostCpuPercent, long HostResidentBytes);
