using Asivado.Orleans.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Storage.Batched;

/// <summary>Deletes state records at their expected versions; returns a row for each one deleted.</summary>
internal sealed class StateDeleteStatement(string schema) : BatchStatement
{
    private readonly string _sql = $"""
        DELETE FROM "{schema}".grain_state AS g
        USING unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) AS u(grain_type, grain_key, state_name, version)
        WHERE g.grain_type = u.grain_type AND g.grain_key = u.grain_key AND g.state_name = u.state_name AND g.version = u.version
        RETURNING g.grain_type, g.grain_key, g.state_name
        """;

    public override int Order => 30;

    public override void Append(NpgsqlBatch batch, IReadOnlyList<BatchOperation> operations, List<Action<NpgsqlDataReader>> rowReaders)
    {
        var count = operations.Count;
        var types = new string[count];
        var keys = new string[count];
        var names = new string[count];
        var versions = new long[count];
        for (var i = 0; i < count; i++)
        {
            var delete = (StateDeleteOperation)operations[i];
            (types[i], keys[i], names[i]) = delete.Key;
            versions[i] = delete.ExpectedVersion;
        }

        batch.BatchCommands.Add(Command(_sql, Positional(types), Positional(keys), Positional(names), Positional(versions)));
        rowReaders.Add(MatchByKey(operations, KeyedRows.KeyOf));
    }
}
