using Asivado.Grains.Runtime.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Reminders.Batched;

/// <summary>Moves fired periodic reminders to their next instants, each only at the version that fired.</summary>
internal sealed class ReminderAdvanceStatement(string schema) : BatchStatement
{
    private readonly string _sql = $"""
        UPDATE "{schema}".reminders AS r SET due_at_ticks = u.due_at_ticks, version = DEFAULT
        FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[]) AS u(grain_type, grain_key, reminder_name, version, due_at_ticks)
        WHERE r.grain_type = u.grain_type AND r.grain_key = u.grain_key AND r.reminder_name = u.reminder_name AND r.version = u.version
        RETURNING r.grain_type, r.grain_key, r.reminder_name, r.version
        """;

    public override int Order => 120;

    public override void Append(NpgsqlBatch batch, IReadOnlyList<BatchOperation> operations, List<Action<NpgsqlDataReader>> rowReaders)
    {
        var count = operations.Count;
        var types = new string[count];
        var keys = new string[count];
        var names = new string[count];
        var versions = new long[count];
        var dues = new long[count];
        for (var i = 0; i < count; i++)
        {
            var advance = (ReminderAdvanceOperation)operations[i];
            (types[i], keys[i], names[i]) = advance.Key;
            versions[i] = advance.ExpectedVersion;
            dues[i] = advance.DueAtTicks;
        }

        batch.BatchCommands.Add(Command(_sql, Positional(types), Positional(keys), Positional(names), Positional(versions), Positional(dues)));
        rowReaders.Add(MatchByKey(operations, ReminderRows.KeyOf));
    }
}
