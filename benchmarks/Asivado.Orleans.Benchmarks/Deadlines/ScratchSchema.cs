using System.Globalization;
using Npgsql;

namespace Asivado.Orleans.Benchmarks.Deadlines;

/// <summary>A schema of its own on the given server for one run (the silo's migrator creates it), dropped afterwards.</summary>
internal sealed class ScratchSchema(string connectionString, string name) : IAsyncDisposable
{
    public string ConnectionString => connectionString;

    public string Name => name;

    public static ScratchSchema Create(string connectionString) =>
        new(connectionString, string.Create(CultureInfo.InvariantCulture, $"bench_deadlines_{DateTime.UtcNow:yyyyMMddHHmmss}_{Random.Shared.Next(1_000_000):D6}"));

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {name} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
