namespace Asivado.LoadTest.Host;

/// <summary>The host process at one instant: CPU since the previous sample (100 = one core busy) and resident memory.</summary>
public sealed record HostSample(double ElapsedSeconds, double CpuPercent, long ResidentBytes);
