using Asivado.Grains.Runtime.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Storage.Batched;

/// <summary>Keys of state and entry rows: every statement here returns grain_type, grain_key and the state or collection name first.</summary>
internal static class StateRows
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
