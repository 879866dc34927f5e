using Asivado.Grains.Runtime.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Reminders.Batched;

/// <summary>Inserts or replaces reminders, each with a new version.</summary>
internal sealed class ReminderUpsertStatement(string schema) : BatchStatement
{
    private readonly string _sql = $"""
        INSERT INTO "{schema}".reminders (grain_type, grain_key, reminder_name, grain_hash, due_at_ticks, period_ticks)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::bigint[], $6::bigint[])
        ON CONFLICT (grain_type, grain_key, reminder_name) DO UPDATE
        SET due_at_ticks = excluded.due_at_ticks, period_ticks = excluded.period_ticks, version = excluded.version
        RETURNING grain_type, grain_key, reminder_name, version
        """;

    public override int Order => 110;

    public override void Append(NpgsqlBatch batch, IReadOnlyList<BatchOperation> operations, List<Action<NpgsqlDataReader>> rowReaders)
    {
        var count = operations.Count;
        var types = new string[count];
        var keys = new string[count];
        var names = new string[count];
        var hashes = new int[count];
        var dues = new long[count];
        var periods = new long[count];
        for (var i = 0; i < count; i++)
        {
            var upsert = (ReminderUpsertOperation)operations[i];
            (types[i], keys[i], names[i]) = upsert.Key;
            hashes[i] = upsert.GrainHash;
            dues[i] = upsert.DueAtTicks;
            periods[i] = upsert.PeriodTicks;
        }

        batch.BatchCommands.Add(Command(_sql, Positional(types), Positional(keys), Positional(names), Positional(hashes), Positional(dues), Positional(periods)));
        rowReaders.Add(MatchByKey(operations, ReminderRows.KeyOf));
    }
}
