using Asivado.Orleans.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Storage.Batched;

/// <summary>Reads a state row; null when there is none.</summary>
internal sealed class StateReadOperation(BatchStatement statement, BatchKey key, CancellationToken cancellationToken)
    : BatchOperation<StoredState?>(statement, key, cancellationToken)
{
    private StoredState? _stored;

    public override void ResetRows() => _stored = null;

    public override void ReadRow(NpgsqlDataReader reader) =>
        _stored = new StoredState(reader.GetFieldValue<byte[]>(3), reader.GetInt64(4));

    protected override StoredState? Result() => _stored;
}
