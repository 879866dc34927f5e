namespace Asivado.LoadTest.Database;

/// <summary>
/// A database's cumulative work from pg_stat_database: transactions committed and rolled back, rows returned
/// (scanned), fetched (by index), inserted, updated and deleted, and blocks read from disk or found in shared buffers.
/// </summary>
public sealed record DatabaseCounters(
    long Commits,
    long Rollbacks,
    long RowsReturned,
    long RowsFetched,
    long RowsInserted,
    long RowsUpdated,
    long RowsDeleted,
    long BlocksRead,
    long BlocksHit)
{
    public static readonly DatabaseCounters Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public long RowsWritten => RowsInserted + RowsUpdated + RowsDeleted;

    public DatabaseCounters Minus(DatabaseCounters before) => new(
        Commits - before.Commits,
        Rollbacks - before.Rollbacks,
        RowsReturned - before.RowsReturned,
        RowsFetched - before.RowsFetched,
        RowsInserted - before.RowsInserted,
        RowsUpdated - before.RowsUpdated,
        RowsDeleted - before.RowsDeleted,
        BlocksRead - before.BlocksRead,
        BlocksHit - before.BlocksHit);

    public DatabaseRates Per(double seconds)
    {
        var over = seconds > 0 ? seconds : double.PositiveInfinity;
        return new DatabaseRates(Commits / over, Rollbacks / over, RowsReturned / over, RowsFetched / over, RowsInserted / over, RowsUpdated / over, RowsDeleted / over, BlocksRead / over, BlocksHit / over);
    }
}
