namespace Asivado.Grains.Runtime.PostgreSql.Storage;

/// <summary>The grain state SQL, built once per schema. Every statement is parameterised.</summary>
internal sealed class GrainStateStatements
{
    public GrainStateStatements(string schema)
    {
        var table = $"\"{schema}\".grain_state";
        const string Key = "grain_type = @grain_type AND grain_key = @grain_key AND state_name = @state_name";

        Read = $"SELECT payload, version FROM {table} WHERE {Key}";
        ReadVersion = $"SELECT version FROM {table} WHERE {Key}";
        Insert = $"""
            INSERT INTO {table} (grain_type, grain_key, state_name, grain_hash, payload)
            VALUES (@grain_type, @grain_key, @state_name, @grain_hash, @payload)
            ON CONFLICT DO NOTHING
            RETURNING version
            """;
        Update = $"""
            UPDATE {table} SET payload = @payload, version = DEFAULT, modified_at = now()
            WHERE {Key} AND version = @version
            RETURNING version
            """;
        Delete = $"DELETE FROM {table} WHERE {Key} AND version = @version";
    }

    public string Read { get; }

    public string ReadVersion { get; }

    /// <summary>Writes a record only when none exists; returns no row when one does.</summary>
    public string Insert { get; }

    /// <summary>Replaces the record only at the expected version; returns no row otherwise.</summary>
    public string Update { get; }

    public string Delete { get; }
}
