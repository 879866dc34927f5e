using Asivado.Grains.Runtime.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Reminders.Batched;

/// <summary>Removes reminders: unconditionally, or only at the given version where one is given.</summary>
internal sealed class ReminderRemoveStatement(string schema) : BatchStatement
{
    private readonly string _sql = $"""
        DELETE FROM "{schema}".reminders AS r
        USING unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) AS u(grain_type, grain_key, reminder_name, version)
        WHERE r.grain_type = u.grain_type AND r.grain_key = u.grain_key AND r.reminder_name = u.reminder_name
          AND (u.version IS NULL OR r.version = u.version)
        RETURNING r.grain_type, r.grain_key, r.reminder_name
        """;

    public override int Order => 130;

    public override void Append(NpgsqlBatch batch, IReadOnlyList<BatchOperation> operations, List<Action<NpgsqlDataReader>> rowReaders)
    {
        var count = operations.Count;
        var types = new string[count];
        var keys = new string[count];
        var names = new string[count];
        var versions = new long?[count];
        for (var i = 0; i < count; i++)
        {
            var remove = (ReminderRemoveOperation)operations[i];
            (types[i], keys[i], names[i]) = remove.Key;
            versions[i] = remove.ExpectedVersion;
        }

        batch.BatchCommands.Add(Command(_sql, Positional(types), Positional(keys), Positional(names), Positional(versions)));
        rowReaders.Add(MatchByKey(operations, ReminderRows.KeyOf));
    }
}
