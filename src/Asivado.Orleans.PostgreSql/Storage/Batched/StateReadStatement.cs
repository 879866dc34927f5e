using Asivado.Orleans.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Storage.Batched;

/// <summary>Reads state records by key; returns a row for each one stored.</summary>
internal sealed class StateReadStatement(string schema) : BatchStatement
{
    private readonly string _sql = $"""
        SELECT g.grain_type, g.grain_key, g.state_name, g.payload, g.version
        FROM unnest($1::text[], $2::text[], $3::text[]) AS u(grain_type, grain_key, state_name)
        JOIN "{schema}".grain_state AS g
          ON g.grain_type = u.grain_type AND g.grain_key = u.grain_key AND g.state_name = u.state_name
        """;

    public override int Order => 40;

    public override void Append(NpgsqlBatch batch, IReadOnlyList<BatchOperation> operations, List<Action<NpgsqlDataReader>> rowReaders)
    {
        var (types, keys, names) = KeyedRows.KeyArrays(operations);
        batch.BatchCommands.Add(Command(_sql, Positional(types), Positional(keys), Positional(names)));
        rowReaders.Add(MatchByKey(operations, KeyedRows.KeyOf));
    }
}
