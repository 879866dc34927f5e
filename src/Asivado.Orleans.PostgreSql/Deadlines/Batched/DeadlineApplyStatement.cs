using Asivado.Orleans.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Deadlines.Batched;

/// <summary>
/// Upserts and deletes deadlines of many grains: one command for every upsert, one for every cancellation, each only
/// when needed. Both run in the batch's one transaction, so each grain's changes commit all together or not at all.
/// </summary>
internal sealed class DeadlineApplyStatement(string schema) : BatchStatement
{
    private static readonly Action<NpgsqlDataReader> IgnoreRow = static _ => { };

    private readonly string _upsert = $"""
        INSERT INTO "{schema}".deadlines (grain_type, grain_key, deadline_name, grain_hash, due_at_ticks)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::bigint[])
        ON CONFLICT (grain_type, grain_key, deadline_name) DO UPDATE SET due_at_ticks = excluded.due_at_ticks
        RETURNING grain_type
        """;

    private readonly string _cancel = $"""
        DELETE FROM "{schema}".deadlines AS d
        USING unnest($1::text[], $2::text[], $3::text[]) AS u(grain_type, grain_key, deadline_name)
        WHERE d.grain_type = u.grain_type AND d.grain_key = u.grain_key AND d.deadline_name = u.deadline_name
        RETURNING d.grain_type, d.grain_key
        """;

    public override int Order => 110;

    public override void Append(NpgsqlBatch batch, IReadOnlyList<BatchOperation> operations, List<Action<NpgsqlDataReader>> rowReaders)
    {
        List<string> upsertTypes = [], upsertKeys = [], upsertNames = [], cancelTypes = [], cancelKeys = [], cancelNames = [];
        List<int> hashes = [];
        List<long> dues = [];
        foreach (var operation in operations)
        {
            var apply = (DeadlineApplyOperation)operation;
            var (type, key, _) = apply.Key;
            foreach (var (name, due) in apply.Schedule)
            {
                upsertTypes.Add(type);
                upsertKeys.Add(key);
                upsertNames.Add(name);
                hashes.Add(apply.GrainHash);
                dues.Add(due);
            }

            foreach (var name in apply.Cancel)
            {
                cancelTypes.Add(type);
                cancelKeys.Add(key);
                cancelNames.Add(name);
            }
        }

        if (upsertTypes.Count > 0)
        {
            batch.BatchCommands.Add(Command(_upsert,
                Positional(upsertTypes.ToArray()), Positional(upsertKeys.ToArray()), Positional(upsertNames.ToArray()),
                Positional(hashes.ToArray()), Positional(dues.ToArray())));
            rowReaders.Add(IgnoreRow);
        }

        if (cancelTypes.Count > 0)
        {
            batch.BatchCommands.Add(Command(_cancel,
                Positional(cancelTypes.ToArray()), Positional(cancelKeys.ToArray()), Positional(cancelNames.ToArray())));
            rowReaders.Add(MatchByKey(operations, DeadlineRows.GrainKeyOf));
        }
    }
}
