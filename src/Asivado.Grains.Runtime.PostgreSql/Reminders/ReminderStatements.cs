namespace Asivado.Grains.Runtime.PostgreSql.Reminders;

/// <summary>The reminder SQL that does not go through the batchers (reads of one reminder and of the due window), built once per schema.</summary>
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
        ReadDueBefore = $"SELECT {Columns} FROM {table} WHERE due_at_ticks < @due_before AND {InHashRanges} ORDER BY due_at_ticks";
        ReadDueBetween = $"SELECT {Columns} FROM {table} WHERE due_at_ticks >= @due_from AND due_at_ticks < @due_before AND {InHashRanges} ORDER BY due_at_ticks";
        Count = $"SELECT count(*) FROM {table} WHERE {InHashRanges}";
    }

    public string Read { get; }

    public string ReadDueBefore { get; }

    public string ReadDueBetween { get; }

    public string Count { get; }
}
