using Asivado.Grains.Runtime.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Reminders.Batched;

/// <summary>Reads every reminder of the named grains; rows of one grain go to its operation.</summary>
internal sealed class ReminderGrainReadStatement(string schema) : BatchStatement
{
    private readonly string _sql = $"""
        SELECT r.grain_type, r.grain_key, r.reminder_name, r.due_at_ticks, r.period_ticks, r.version
        FROM unnest($1::text[], $2::text[]) AS u(grain_type, grain_key)
        JOIN "{schema}".reminders AS r ON r.grain_type = u.grain_type AND r.grain_key = u.grain_key
        """;

    public override int Order => 140;

    public override void Append(NpgsqlBatch batch, IReadOnlyList<BatchOperation> operations, List<Action<NpgsqlDataReader>> rowReaders)
    {
        var count = operations.Count;
        var types = new string[count];
        var keys = new string[count];
        for (var i = 0; i < count; i++)
        {
            (types[i], keys[i], _) = operations[i].Key;
        }

        batch.BatchCommands.Add(Command(_sql, Positional(types), Positional(keys)));
        rowReaders.Add(MatchByKey(operations, ReminderRows.GrainKeyOf));
    }
}
