using System.Globalization;
using Npgsql;

namespace Asivado.Durability.Gateway;

/// <summary>
/// A database of its own on a PostgreSQL server (CREATE DATABASE with a unique name), dropped on dispose
/// once no session uses it any more (stop or kill the gateway first). The server's role needs CREATEDB.
/// </summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private const int DropAttempts = 6;
    private static readonly TimeSpan DropRetryDelay = TimeSpan.FromSeconds(1);

    private readonly string _serverConnectionString;

    private ScratchDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
        DataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>For direct checks on the tables the gateway wrote.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <param name="serverConnectionString">Any database on the server; only used to create and drop this one.</param>
    /// <param name="prefix">Lower-case letters and underscores; the name is "{prefix}_{utc time}_{random}".</param>
    public static async Task<ScratchDatabase> CreateAsync(string serverConnectionString, string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serverConnectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        var name = string.Create(
            CultureInfo.InvariantCulture,
            $"{prefix}_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid().ToString("N")[..8]}");
        await ExecuteOnServerAsync(serverConnectionString, $"CREATE DATABASE \"{name}\"", cancellationToken).ConfigureAwait(false);
        return new ScratchDatabase(serverConnectionString, name);
    }

    public async Task<T> ScalarAsync<T>(string sql, CancellationToken cancellationToken = default)
    {
        await using var command = DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync().ConfigureAwait(false);

        // A killed gateway's connections linger until the server notices, and an autovacuum worker may be in the
        // database. Plain DROP stops autovacuum and waits up to 5 s for other sessions; FORCE would need the right
        // to signal autovacuum (superuser-owned), which a CREATEDB role lacks. So: plain DROP, a few times.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteOnServerAsync(_serverConnectionString, $"DROP DATABASE IF EXISTS \"{Name}\"", CancellationToken.None).ConfigureAwait(false);
                return;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.ObjectInUse && attempt < DropAttempts)
            {
                await Task.Delay(DropRetryDelay).ConfigureAwait(false);
            }
        }
    }

    private static async Task ExecuteOnServerAsync(string serverConnectionString, string sql, CancellationToken cancellationToken)
    {
        // Not pooled: the server database's pool should not keep a connection for the rest of the run.
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
