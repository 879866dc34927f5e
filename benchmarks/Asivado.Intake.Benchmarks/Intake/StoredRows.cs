using System.Globalization;
using Npgsql;

namespace Asivado.Intake.Benchmarks.Intake;

/// <summary>What the providers hold after a run: state rows and their payload sizes per grain type, and reminders.</summary>
internal static class StoredRows
{
    public static async Task<IReadOnlyList<string>> DescribeAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        await using (var command = database.CreateCommand(
            "SELECT grain_type, state_name, count(*), avg(length(payload))::bigint, max(length(payload)) FROM asivado.grain_state GROUP BY 1, 2 ORDER BY 1, 2"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"  state {reader.GetString(0)}/{reader.GetString(1)}: {reader.GetInt64(2)} rows, payload mean {reader.GetInt64(3)} B, max {reader.GetInt32(4)} B"));
            }
        }

        await using (var command = database.CreateCommand("SELECT grain_type, count(*) FROM asivado.reminders GROUP BY 1 ORDER BY 1"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"  reminders of {reader.GetString(0)}: {reader.GetInt64(1)}"));
            }
        }

        return lines;
    }
}
