using Asivado.LoadTest.Database;

namespace Asivado.LoadTest.Reports;

/// <summary>
/// The database work of a run on PostgreSQL: pg_stat_database deltas for the scratch database over the window (from
/// the start of intake to a reading taken <see cref="FlushWaitSeconds"/> after the drain, when every backend has
/// flushed its counters), per second of that window, and the CPU of the server processes serving it.
/// </summary>
/// <param name="BackendCpuPercent">Mean CPU of the database's backends (100 = one core); null when the server is not on this machine.</param>
/// <param name="ServerCpuPercent">Mean CPU of every postgres process on the machine (all databases, the server's own workers).</param>
public sealed record DatabaseResults(
    string DatabaseName,
    double WindowSeconds,
    double FlushWaitSeconds,
    DatabaseCounters Totals,
    DatabaseRates PerSecond,
    double? BackendCpuPercent,
    double? ServerCpuPercent,
    IReadOnlyList<DatabaseSample> Samples);
