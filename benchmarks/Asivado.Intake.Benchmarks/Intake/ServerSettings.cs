using Npgsql;

namespace Asivado.Intake.Benchmarks.Intake;

/// <summary>The PostgreSQL settings that bound durable write throughput, printed with every run.</summary>
internal static class ServerSettings
{
    private static readonly string[] Names = ["server_version", "synchronous_commit", "fsync", "wal_sync_method", "commit_delay", "shared_buffers", "max_connections"];

    public static async Task<string> DescribeAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        var values = new List<string>();
        foreach (var name in Names)
        {
            await using var command = database.CreateCommand($"SELECT current_setting('{name}')");
            values.Add($"{name}={await command.ExecuteScalarAsync(cancellationToken)}");
        }

        return string.Join(", ", values);
    }
}
