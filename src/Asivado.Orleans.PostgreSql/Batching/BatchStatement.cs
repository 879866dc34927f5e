using Npgsql;

namespace Asivado.Orleans.PostgreSql.Batching;

/// <summary>
/// One kind of statement that takes many operations at once (unnest over parameter arrays). A batch sends one
/// statement per kind, in <see cref="Order"/>, each with every operation of its kind.
/// </summary>
internal abstract class BatchStatement
{
    /// <summary>Position of this kind's commands in a batch; kinds never touch each other's rows, so it is for readability of traces only.</summary>
    public abstract int Order { get; }

    /// <summary>
    /// Adds this kind's commands for <paramref name="operations"/> (keys distinct) to the batch, and for each command
    /// added, in the same order, the action that takes one returned row. Every command returns rows (RETURNING), so
    /// result sets and commands line up.
    /// </summary>
    public abstract void Append(NpgsqlBatch batch, IReadOnlyList<BatchOperation> operations, List<Action<NpgsqlDataReader>> rowReaders);

    /// <summary>Matches returned rows to operations by the key the row names.</summary>
    protected static Action<NpgsqlDataReader> MatchByKey(IReadOnlyList<BatchOperation> operations, Func<NpgsqlDataReader, BatchKey> keyOf)
    {
        var byKey = new Dictionary<BatchKey, BatchOperation>(operations.Count);
        foreach (var operation in operations)
        {
            byKey[operation.Key] = operation;
        }

        return reader =>
        {
            if (byKey.TryGetValue(keyOf(reader), out var operation))
            {
                operation.ReadRow(reader);
            }
        };
    }

    protected static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    protected static NpgsqlParameter<T> Positional<T>(T value) => new() { TypedValue = value };
}
