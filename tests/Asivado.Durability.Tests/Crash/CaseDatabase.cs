using Asivado.Durability.Gateway;

namespace Asivado.Durability.Tests.Crash;

/// <summary>
/// Direct reads of the tables the gateway's PostgreSQL providers write (schema "asivado", tables of
/// src/Asivado.Orleans.PostgreSql/Migrations/0001_initial.sql).
/// </summary>
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

    /// <summary>
    /// Every pending escalation deadline ("sla:…") of a case grain as (case id, name, due instant): one row per deadline,
    /// removed once it fired. (A case's intake-settle deadline is not one of the case's deadlines.)
    /// </summary>
    public async Task<IReadOnlyList<(string CaseId, string Name, DateTimeOffset DueAt)>> CaseDeadlinesAsync()
    {
        await using var command = database.DataSource.CreateCommand(
            $"SELECT grain_key, deadline_name, due_at_ticks FROM {Schema}.deadlines WHERE grain_type = 'case' AND deadline_name LIKE 'sla:%'");
        await using var reader = await command.ExecuteReaderAsync();
        var deadlines = new List<(string, string, DateTimeOffset)>();
        while (await reader.ReadAsync())
        {
            deadlines.Add((reader.GetString(0), reader.GetString(1), new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero)));
        }

        return deadlines;
    }

    /// <summary>Deadlines of any grain due before <paramref name="instant"/>: zero once everything due by then has fired.</summary>
    public Task<long> DeadlinesDueBeforeAsync(DateTimeOffset instant) =>
        database.ScalarAsync<long>($"SELECT count(*) FROM {Schema}.deadlines WHERE due_at_ticks < {instant.UtcTicks}");

    /// <summary>Intake settle deadlines not yet fired (each tells the department of a case it may never have heard of).</summary>
    public Task<long> SettleDeadlinesLeftAsync() =>
        database.ScalarAsync<long>($"SELECT count(*) FROM {Schema}.deadlines WHERE grain_type = 'case' AND deadline_name LIKE 'intake-settle%'");

    /// <summary>The case ids every department holds as open ("open-cases" entries of grain type "department").</summary>
    public async Task<IReadOnlySet<string>> DepartmentOpenCaseIdsAsync()
    {
        await using var command = database.DataSource.CreateCommand(
            $"SELECT entry_key FROM {Schema}.grain_entries WHERE grain_type = 'department' AND collection_name = 'open-cases'");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
