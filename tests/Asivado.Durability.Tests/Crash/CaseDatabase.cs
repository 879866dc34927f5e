using Asivado.Durability.Gateway;

namespace Asivado.Durability.Tests.Crash;

/// <summary>Direct reads of the tables the gateway's PostgreSQL providers write (schema "asivado").</summary>
internal sealed class CaseDatabase(ScratchDatabase database)
{
    private const string Schema = "asivado";

    /// <summary>The keys of every stored case grain ("case" state of grain type "case").</summary>
    public async Task<IReadOnlyList<string>> CaseIdsAsync()
    {
        await using var command = database.DataSource.CreateCommand(
            $"SELECT grain_key FROM {Schema}.grain_state WHERE grain_type = 'case' AND state_name = 'case'");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Every case reminder as (case id, name, due instant).</summary>
    public async Task<IReadOnlyList<(string CaseId, string Name, DateTimeOffset DueAt)>> CaseRemindersAsync()
    {
        await using var command = database.DataSource.CreateCommand(
            $"SELECT grain_key, reminder_name, due_at_ticks FROM {Schema}.reminders WHERE grain_type = 'case'");
        await using var reader = await command.ExecuteReaderAsync();
        var reminders = new List<(string, string, DateTimeOffset)>();
        while (await reader.ReadAsync())
        {
            reminders.Add((reader.GetString(0), reader.GetString(1), new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero)));
        }

        return reminders;
    }

    /// <summary>Reminders of any grain due before <paramref name="instant"/>: zero once everything due by then has fired.</summary>
    public Task<long> RemindersDueBeforeAsync(DateTimeOffset instant) =>
        database.ScalarAsync<long>($"SELECT count(*) FROM {Schema}.reminders WHERE due_at_ticks < {instant.UtcTicks}");
}
