namespace Asivado.LoadTest.Host;

/// <summary>The machine's busy CPU since the previous sample (100 = one core), with the load tester's own share of it.</summary>
public sealed record MachineSample(double ElapsedSeconds, double BusyPercent, double LoadTesterPercent);
