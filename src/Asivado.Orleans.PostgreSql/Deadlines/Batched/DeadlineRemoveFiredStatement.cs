using Asivado.Orleans.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Deadlines.Batched;

/// <summary>Deletes fired deadlines, each only while its due instant is the one that fired (not moved meanwhile).</summary>
internal sealed class DeadlineRemoveFiredStatement(string schema) : BatchStatement
{
    private readonly string _sql = $"""
        DELETE FROM "{schema}".deadlines AS d
        USING unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) AS u(grain_type, grain_key, deadline_name, due_at_ticks)
        WHERE d.grain_type = u.grain_type AND d.grain_key = u.grain_key AND d.deadline_name = u.deadline_name
          AND d.due_at_ticks = u.due_at_ticks
        RETURNING d.grain_type, d.grain_key, d.deadline_name
        """;

    public override int Order => 120;

    public override void Append(NpgsqlBatch batch, IReadOnlyList<BatchOperation> operations, List<Action<NpgsqlDataReader>> rowReaders)
    {
        var count = operations.Count;
        var types = new string[count];
        var keys = new string[count];
        var names = new string[count];
        var dues = new long[count];
        for (var i = 0; i < count; i++)
        {
            var remove = (DeadlineRemoveFiredOperation)operations[i];
            (types[i], keys[i], names[i]) = remove.Key;
            dues[i] = remove.DueAtTicks;
        }

        batch.BatchCommands.Add(Command(_sql, Positional(types), Positional(keys), Positional(names), Positional(dues)));
        rowReaders.Add(MatchByKey(operations, KeyedRows.KeyOf));
    }
}
