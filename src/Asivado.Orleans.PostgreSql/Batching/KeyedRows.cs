using Npgsql;

namespace Asivado.Orleans.PostgreSql.Batching;

/// <summary>Keys of rows: every batched statement returns grain_type, grain_key and the state, collection or deadline name first.</summary>
internal static class KeyedRows
{
    public static BatchKey KeyOf(NpgsqlDataReader reader) => new(reader.GetString(0), reader.GetString(1), reader.GetString(2));

    public static (string[] Types, string[] Keys, string[] Names) KeyArrays(IReadOnlyList<BatchOperation> operations)
    {
        var count = operations.Count;
        var types = new string[count];
        var keys = new string[count];
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            (types[i], keys[i], names[i]) = operations[i].Key;
        }

        return (types, keys, names);
    }
}
