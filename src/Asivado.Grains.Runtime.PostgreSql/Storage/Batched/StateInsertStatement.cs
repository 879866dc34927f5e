using Asivado.Grains.Runtime.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Storage.Batched;

/// <summary>Inserts state records that must not exist yet, with their log entries; returns a row for each one written.</summary>
internal sealed class StateInsertStatement(string schema) : BatchStatement
{
    private const string Insert = """
        INSERT INTO "{0}".grain_state (grain_type, grain_key, state_name, grain_hash, payload)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::bytea[])
        ON CONFLICT DO NOTHING
        RETURNING grain_type, grain_key, state_name, version
        """;

    private readonly string _sql = string.Format(System.Globalization.CultureInfo.InvariantCulture, Insert, schema);

    private readonly string _sqlWithEntries = $"""
        WITH written AS ({string.Format(System.Globalization.CultureInfo.InvariantCulture, Insert, schema)}),
        {AttachedEntries.LoggedCte(schema)}
        SELECT grain_type, grain_key, state_name, version FROM written
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

        NpgsqlParameter[] parameters = [Positional(types), Positional(keys), Positional(names), Positional(hashes), Positional(payloads)];
        batch.BatchCommands.Add(AttachedEntries.Any(operations)
            ? Command(_sqlWithEntries, [.. parameters, .. AttachedEntries.Parameters(operations)])
            : Command(_sql, parameters));
        rowReaders.Add(MatchByKey(operations, StateRows.KeyOf));
    }
}
