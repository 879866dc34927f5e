namespace Asivado.Grains.Runtime.PostgreSql.Reminders;

/// <summary>The reminder SQL, built once per schema. Every statement is parameterised.</summary>
internal sealed class ReminderStatements
{
    private const string Columns = "grain_type, grain_key, reminder_name, due_at_ticks, period_ticks, version";
    private const string Key = "grain_type = @grain_type AND grain_key = @grain_key AND reminder_name = @reminder_name";
    private const string InHashRanges =
        "(grain_hash BETWEEN @first_start AND @first_end OR grain_hash BETWEEN @second_start AND @second_end)";

    public ReminderStatements(string schema)
    {
        var table = $"\"{schema}\".reminders";

        Read = $"SELECT {Columns} FROM {table} WHERE {Key}";
        ReadForGrain = $"SELECT {Columns} FROM {table} WHERE grain_type = @grain_type AND grain_key = @grain_key";
        ReadDueBefore = $"SELECT {Columns} FROM {table} WHERE due_at_ticks < @due_before AND {InHashRanges} ORDER BY due_at_ticks";
        ReadDueBetween = $"SELECT {Columns} FROM {table} WHERE due_at_ticks >= @due_from AND due_at_ticks < @due_before AND {InHashRanges} ORDER BY due_at_ticks";
        Upsert = $"""
            INSERT INTO {table} (grain_type, grain_key, reminder_name, grain_hash, due_at_ticks, period_ticks)
            VALUES (@grain_type, @grain_key, @reminder_name, @grain_hash, @due_at_ticks, @period_ticks)
            ON CONFLICT (grain_type, grain_key, reminder_name) DO UPDATE
            SET due_at_ticks = excluded.due_at_ticks, period_ticks = excluded.period_ticks, version = excluded.version
            RETURNING version
            """;
        Advance = $"UPDATE {table} SET due_at_ticks = @due_at_ticks, version = DEFAULT WHERE {Key} AND version = @version RETURNING version";
        Remove = $"DELETE FROM {table} WHERE {Key}";
        RemoveVersion = $"DELETE FROM {table} WHERE {Key} AND version = @version";
        Count = $"SELECT count(*) FROM {table} WHERE {InHashRanges}";
    }

    public string Read { get; }

    public string ReadForGrain { get; }

    public string ReadDueBefore { get; }

    public string ReadDueBetween { get; }

    public string Upsert { get; }

    public string Advance { get; }

    public string Remove { get; }

    public string RemoveVersion { get; }

    public string Count { get; }
}
