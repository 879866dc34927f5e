namespace Asivado.LoadTest.Database;

/// <summary>
/// The database's work since the previous sample, per second, and the CPU of the server processes serving it
/// (100 = one core). Counters are what the backends had flushed by then (PostgreSQL flushes at most once a second
/// while busy), so single samples are lumpy; totals over the run are exact.
/// </summary>
public sealed record DatabaseSample(double ElapsedSeconds, DatabaseRates Rates, double? BackendCpuPercent, double? ServerCpuPercent);
