using Asivado.Orleans.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Deadlines.Batched;

/// <summary>Reads every deadline of the named grains; rows of one grain go to its operation.</summary>
internal sealed class DeadlineGrainReadStatement(string schema) : BatchStatement
{
    private readonly string _sql = $"""
        SELECT d.grain_type, d.grain_key, d.deadline_name, d.due_at_ticks
        FROM unnest($1::text[], $2::text[]) AS u(grain_type, grain_key)
        JOIN "{schema}".deadlines AS d ON d.grain_type = u.grain_type AND d.grain_key = u.grain_key
        """;

    public override int Order => 140;

    public override void Append(NpgsqlBatch batch, IReadOnlyList<BatchOperation> operations, List<Action<NpgsqlDataReader>> rowReaders)
    {
        var (types, keys, _) = KeyedRows.KeyArrays(operations);
        batch.BatchCommands.Add(Command(_sql, Positional(types), Positional(keys)));
        rowReaders.Add(MatchByKey(operations, DeadlineRows.GrainKeyOf));
    }
}
