using Asivado.Orleans.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Entries.Batched;

/// <summary>Upserts and removes collection entries: one command for the upserts, one for the removals, each only when needed.</summary>
internal sealed class EntryChangesStatement(string schema) : BatchStatement
{
    private static readonly Action<NpgsqlDataReader> IgnoreRow = static _ => { };

    private readonly string _upsert = $"""
        INSERT INTO "{schema}".grain_entries (grain_type, grain_key, collection_name, entry_key, grain_hash, payload)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::integer[], $6::bytea[])
        ON CONFLICT (grain_type, grain_key, collection_name, entry_key) DO UPDATE SET payload = excluded.payload
        RETURNING grain_type
        """;

    private readonly string _remove = $"""
        DELETE FROM "{schema}".grain_entries AS e
        USING unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(grain_type, grain_key, collection_name, entry_key)
        WHERE e.grain_type = u.grain_type AND e.grain_key = u.grain_key AND e.collection_name = u.collection_name AND e.entry_key = u.entry_key
        RETURNING e.grain_type
        """;

    public override int Order => 50;

    public override void Append(NpgsqlBatch batch, IReadOnlyList<BatchOperation> operations, List<Action<NpgsqlDataReader>> rowReaders)
    {
        var upserts = new EntryArrays();
        var removals = new EntryArrays();
        foreach (var operation in operations)
        {
            var changes = (EntryChangesOperation)operation;
            foreach (var change in changes.Changes)
            {
                (change.Json is null ? removals : upserts).Add(changes.Key, change.Key, changes.GrainHash, change.Json);
            }
        }

        if (upserts.Count > 0)
        {
            batch.BatchCommands.Add(Command(_upsert,
                Positional(upserts.Types.ToArray()), Positional(upserts.Keys.ToArray()), Positional(upserts.Names.ToArray()),
                Positional(upserts.EntryKeys.ToArray()), Positional(upserts.Hashes.ToArray()), Positional(upserts.Payloads.ToArray())));
            rowReaders.Add(IgnoreRow);
        }

        if (removals.Count > 0)
        {
            batch.BatchCommands.Add(Command(_remove,
                Positional(removals.Types.ToArray()), Positional(removals.Keys.ToArray()), Positional(removals.Names.ToArray()),
                Positional(removals.EntryKeys.ToArray())));
            rowReaders.Add(IgnoreRow);
        }
    }

    private sealed class EntryArrays
    {
        public List<string> Types { get; } = [];

        public List<string> Keys { get; } = [];

        public List<string> Names { get; } = [];

        public List<string> EntryKeys { get; } = [];

        public List<int> Hashes { get; } = [];

        public List<byte[]> Payloads { get; } = [];

        public int Count => Types.Count;

        public void Add(BatchKey collection, string entryKey, int hash, byte[]? payload)
        {
            Types.Add(collection.GrainType);
            Keys.Add(collection.GrainKey);
            Names.Add(collection.Name);
            EntryKeys.Add(entryKey);
            Hashes.Add(hash);
            if (payload is not null)
            {
                Payloads.Add(payload);
            }
        }
    }
}
