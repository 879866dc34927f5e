using Npgsql;

namespace Asivado.LoadTest.Database;

/// <summary>
/// Reads a database's statistics through a connection to another database of the same server (the one --postgres
/// names), so that reading them adds no work to the database measured.
/// </summary>
public sealed class PostgresStatistics : IAsyncDisposable
{
    private readonly NpgsqlDataSource _server;

    public PostgresStatistics(string serverConnectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { MaxPoolSize = 2, ApplicationName = "asivado-loadtest-statistics" };
        _server = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public async Task<DatabaseCounters> ReadCountersAsync(string databaseName, CancellationToken cancellationToken)
    {
        await using var command = _server.CreateCommand(
            "SELECT xact_commit, xact_rollback, tup_returned, tup_fetched, tup_inserted, tup_updated, tup_deleted, blks_read, blks_hit " +
            "FROM pg_stat_database WHERE datname = $1");
        command.Parameters.AddWithValue(databaseName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"pg_stat_database has no row for database '{databaseName}'.");
        }

        return new DatabaseCounters(
            reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
            reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8));
    }

    /// <summary>The process ids of the server's backends connected to <paramref name="databaseName"/> now.</summary>
    public async Task<IReadOnlyList<int>> ReadBackendPidsAsync(string databaseName, CancellationToken cancellationToken)
    {
        await using var command = _server.CreateCommand("SELECT pid FROM pg_stat_activity WHERE datname = $1");
        command.Parameters.AddWithValue(databaseName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var pids = new List<int>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            pids.Add(reader.GetInt32(0));
        }

        return pids;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
