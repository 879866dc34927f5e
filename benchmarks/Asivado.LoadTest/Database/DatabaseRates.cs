namespace Asivado.LoadTest.Database;

/// <summary><see cref="DatabaseCounters"/> per second.</summary>
public sealed record DatabaseRates(
    double Commits,
    double Rollbacks,
    double RowsReturned,
    double RowsFetched,
    double RowsInserted,
    double RowsUpdated,
    double RowsDeleted,
    double BlocksRead,
    double BlocksHit)
{
    public double RowsWritten => RowsInserted + RowsUpdated + RowsDeleted;
}
