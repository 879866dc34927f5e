using Asivado.LoadTest.Database;

namespace Asivado.LoadTest.Run;

/// <summary>The database whose work a run measures, read through <see cref="Statistics"/>, with the wait for PostgreSQL to flush its counters at the end.</summary>
public sealed record DatabaseTarget(PostgresStatistics Statistics, string DatabaseName, TimeSpan FlushWait)
{
    /// <summary>A backend flushes its statistics at most once a second while busy and within 10 s of going idle (PostgreSQL 15+).</summary>
    public static readonly TimeSpan DefaultFlushWait = TimeSpan.FromSeconds(11);
}
