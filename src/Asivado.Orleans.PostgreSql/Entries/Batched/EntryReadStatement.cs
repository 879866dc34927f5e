using Asivado.Orleans.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Entries.Batched;

/// <summary>Reads every entry of the named collections; rows of one collection go to its operation.</summary>
internal sealed class EntryReadStatement(string schema) : BatchStatement
{
    private readonly string _sql = $"""
        SELECT e.grain_type, e.grain_key, e.collection_name, e.entry_key, e.payload
        FROM unnest($1::text[], $2::text[], $3::text[]) AS u(grain_type, grain_key, collection_name)
        JOIN "{schema}".grain_entries AS e
          ON e.grain_type = u.grain_type AND e.grain_key = u.grain_key AND e.collection_name = u.collection_name
        """;

    public override int Order => 60;

    public override void Append(NpgsqlBatch batch, IReadOnlyList<BatchOperation> operations, List<Action<NpgsqlDataReader>> rowReaders)
    {
        var (types, keys, names) = KeyedRows.KeyArrays(operations);
        batch.BatchCommands.Add(Command(_sql, Positional(types), Positional(keys), Positional(names)));
        rowReaders.Add(MatchByKey(operations, KeyedRows.KeyOf));
    }
}
