using Asivado.Orleans.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Storage.Batched;

/// <summary>
/// Replaces state rows at their expected versions (compare-and-swap: <c>WHERE version = expected</c>); returns a row
/// with the new version for each one written.
/// </summary>
internal sealed class StateUpdateStatement(string schema) : BatchStatement
{
    private readonly string _sql = $"""
        UPDATE "{schema}".grain_state AS g SET payload = u.payload, version = DEFAULT, modified_at = now()
        FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bytea[]) AS u(grain_type, grain_key, state_name, version, payload)
        WHERE g.grain_type = u.grain_type AND g.grain_key = u.grain_key AND g.state_name = u.state_name AND g.version = u.version
        RETURNING g.grain_type, g.grain_key, g.state_name, g.version
        """;

    public override int Order => 20;

    public override void Append(NpgsqlBatch batch, IReadOnlyList<BatchOperation> operations, List<Action<NpgsqlDataReader>> rowReaders)
    {
        var count = operations.Count;
        var types = new string[count];
        var keys = new string[count];
        var names = new string[count];
        var versions = new long[count];
        var payloads = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            var write = (StateWriteOperation)operations[i];
            (types[i], keys[i], names[i]) = write.Key;
            versions[i] = write.ExpectedVersion!.Value;
            payloads[i] = write.Payload;
        }

        batch.BatchCommands.Add(Command(_sql, Positional(types), Positional(keys), Positional(names), Positional(versions), Positional(payloads)));
        rowReaders.Add(MatchByKey(operations, KeyedRows.KeyOf));
    }
}
