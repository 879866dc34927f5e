using Npgsql;

namespace Asivado.Intake.Benchmarks.Intake;

/// <summary>
/// PostgreSQL's cumulative statistics for one database: transactions (each autocommitted statement is one),
/// rows written per table, and the server's WAL writes and syncs. Deltas between two snapshots divided by the
/// intakes between them give the database work per intake (pg_stat_statements is not enabled here).
/// </summary>
/// <param name="Cases">Case state rows stored: the intakes the server completed, whether or not the client waited for them.</param>
internal sealed record DatabaseActivity(
    long Cases,
    long Commits,
    long Rollbacks,
    long RowsReturned,
    long RowsFetched,
    IReadOnlyDictionary<string, TableActivity> Tables,
    long WalRecords,
    long WalSyncs)
{
    // A backend flushes its counters at most once a second while busy, and within 10 s once idle (PostgreSQL 15+).
    public static readonly TimeSpan FlushDelay = TimeSpan.FromSeconds(11);

    public static async Task<DatabaseActivity> ReadAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        long cases;
        await using (var command = new NpgsqlCommand(
            "SELECT CASE WHEN to_regclass('asivado.grain_state') IS NULL THEN 0 ELSE (SELECT count(*) FROM asivado.grain_state WHERE grain_type = 'case') END", connection))
        {
            cases = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        long commits, rollbacks, returned, fetched;
        await using (var command = new NpgsqlCommand(
            "SELECT xact_commit, xact_rollback, tup_returned, tup_fetched FROM pg_stat_database WHERE datname = current_database()", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (commits, rollbacks, returned, fetched) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        }

        var tables = new Dictionary<string, TableActivity>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(
            "SELECT schemaname || '.' || relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del, seq_scan, coalesce(idx_scan, 0) FROM pg_stat_user_tables", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables[reader.GetString(0)] = new TableActivity(reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6));
            }
        }

        long walRecords = 0, walSyncs = 0;
        await using (var command = new NpgsqlCommand("SELECT wal_records, wal_sync FROM pg_stat_wal", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                (walRecords, walSyncs) = (reader.GetInt64(0), reader.GetInt64(1));
            }
        }

        return new DatabaseActivity(cases, commits, rollbacks, returned, fetched, tables, walRecords, walSyncs);
    }

    public DatabaseActivity Minus(DatabaseActivity before) => new(
        Cases - before.Cases,
        Commits - before.Commits,
        Rollbacks - before.Rollbacks,
        RowsReturned - before.RowsReturned,
        RowsFetched - before.RowsFetched,
        Tables.ToDictionary(
            pair => pair.Key,
            pair => before.Tables.TryGetValue(pair.Key, out var earlier) ? pair.Value.Minus(earlier) : pair.Value,
            StringComparer.Ordinal),
        WalRecords - before.WalRecords,
        WalSyncs - before.WalSyncs);
}

/// <summary>Rows inserted, updated (of which HOT), deleted, and scans, of one table.</summary>
internal sealed record TableActivity(long Inserted, long Updated, long HotUpdated, long Deleted, long SequentialScans, long IndexScans)
{
    public TableActivity Minus(TableActivity before) => new(
        Inserted - before.Inserted,
        Updated - before.Updated,
        HotUpdated - before.HotUpdated,
        Deleted - before.Deleted,
        SequentialScans - before.SequentialScans,
        IndexScans - before.IndexScans);
}
