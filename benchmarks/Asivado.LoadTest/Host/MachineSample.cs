namespace Asivado.LoadTest.Host;

/// <summary>
/// The machine's busy CPU since the previous sample (100 = one core), with the load tester's own share of it and its
/// resident memory (what its consoles cost: one hub connection each).
/// </summary>
public sealed record MachineSample(double ElapsedSeconds, double BusyPercent, double LoadTesterPercent, long LoadTesterResidentBytes = 0);
