using Asivado.Orleans.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Storage.Batched;

/// <summary>Inserts state rows that must not exist yet; returns a row with the new version for each one written.</summary>
internal sealed class StateInsertStatement(string schema) : BatchStatement
{
    private readonly string _sql = $"""
        INSERT INTO "{schema}".grain_state (grain_type, grain_key, state_name, grain_hash, payload)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::bytea[])
        ON CONFLICT DO NOTHING
        RETURNING grain_type, grain_key, state_name, version
        """;

    public override int Order => 10;

    public override void Append(NpgsqlBatch batch, IReadOnlyList<BatchOperation> operations, List<Action<NpgsqlDataReader>> rowReaders)
    {
        var count = operations.Count;
        var types = new string[count];
        var keys = new string[count];
        var names = new string[count];
        var hashes = new int[count];
        var payloads = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            var write = (StateWriteOperation)operations[i];
            (types[i], keys[i], names[i]) = write.Key;
            hashes[i] = write.GrainHash;
            payloads[i] = write.Payload;
        }

        batch.BatchCommands.Add(Command(_sql, Positional(types), Positional(keys), Positional(names), Positional(hashes), Positional(payloads)));
        rowReaders.Add(MatchByKey(operations, KeyedRows.KeyOf));
    }
}
