using Asivado.Grains.Runtime.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Storage.Batched;

/// <summary>
/// The log entries that ride with state writes: a data-modifying CTE that upserts them only for the records the
/// statement's "written" CTE wrote, so a write that conflicts leaves its entries out as well.
/// </summary>
internal static class AttachedEntries
{
    /// <summary>The CTE "logged", reading the written records from the CTE "written", with its arrays at $6 to $12.</summary>
    public static string LoggedCte(string schema) => $"""
        logged AS (
            INSERT INTO "{schema}".grain_entries (grain_type, grain_key, collection_name, entry_key, grain_hash, payload)
            SELECT e.grain_type, e.grain_key, e.collection_name, e.entry_key, e.grain_hash, e.payload
            FROM unnest($6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::integer[], $12::bytea[])
                AS e(grain_type, grain_key, state_name, collection_name, entry_key, grain_hash, payload)
            JOIN written AS w ON w.grain_type = e.grain_type AND w.grain_key = e.grain_key AND w.state_name = e.state_name
            ON CONFLICT (grain_type, grain_key, collection_name, entry_key) DO UPDATE SET payload = excluded.payload
        )
        """;

    public static bool Any(IReadOnlyList<BatchOperation> operations) =>
        operations.Any(operation => ((StateWriteOperation)operation).Entries.Count > 0);

    /// <summary>The seven arrays of <see cref="LoggedCte"/>, in parameter order.</summary>
    public static NpgsqlParameter[] Parameters(IReadOnlyList<BatchOperation> operations)
    {
        List<string> types = [], keys = [], states = [], collections = [], entryKeys = [];
        List<int> hashes = [];
        List<byte[]> payloads = [];
        foreach (var operation in operations)
        {
            var write = (StateWriteOperation)operation;
            foreach (var log in write.Entries)
            {
                foreach (var change in log.Changes)
                {
                    types.Add(write.Key.GrainType);
                    keys.Add(write.Key.GrainKey);
                    states.Add(write.Key.Name);
                    collections.Add(log.Name);
                    entryKeys.Add(change.Key);
                    hashes.Add(write.GrainHash);
                    payloads.Add(change.Json!);
                }
            }
        }

        return
        [
            new NpgsqlParameter<string[]> { TypedValue = [.. types] },
            new NpgsqlParameter<string[]> { TypedValue = [.. keys] },
            new NpgsqlParameter<string[]> { TypedValue = [.. states] },
            new NpgsqlParameter<string[]> { TypedValue = [.. collections] },
            new NpgsqlParameter<string[]> { TypedValue = [.. entryKeys] },
            new NpgsqlParameter<int[]> { TypedValue = [.. hashes] },
            new NpgsqlParameter<byte[][]> { TypedValue = [.. payloads] },
        ];
    }
}
