namespace Asivado.Orleans.PostgreSql.Deadlines;

/// <summary>The deadline SQL that does not go through the batchers (the service's window reads and counts), built once per schema.</summary>
internal sealed class DeadlineStatements
{
    private const string InHashRanges =
        "(grain_hash BETWEEN @first_start AND @first_end OR grain_hash BETWEEN @second_start AND @second_end)";

    public DeadlineStatements(string schema)
    {
        var table = $"\"{schema}\".deadlines";

        // A range scan of deadlines_due_at_idx (due_at_ticks, grain_hash), the ring range checked inside the index.
        ReadDueBetween =
            $"SELECT grain_type, grain_key, deadline_name, due_at_ticks FROM {table} " +
            $"WHERE due_at_ticks >= @due_from AND due_at_ticks < @due_before AND {InHashRanges} ORDER BY due_at_ticks, grain_hash";
        Count = $"SELECT count(*) FROM {table} WHERE {InHashRanges}";
    }

    public string ReadDueBetween { get; }

    public string Count { get; }
}
