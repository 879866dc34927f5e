using Asivado.Grains.Runtime.PostgreSql.Batching;
using Asivado.Grains.Runtime.Storage;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Storage.Batched;

/// <summary>Reads a state record; null when there is none.</summary>
internal sealed class StateReadOperation(BatchStatement statement, BatchKey key, CancellationToken cancellationToken)
    : BatchOperation<StoredGrainState?>(statement, key, cancellationToken)
{
    private StoredGrainState? _stored;

    public override void ResetRows() => _stored = null;

    public override void ReadRow(NpgsqlDataReader reader) =>
        _stored = new StoredGrainState(reader.GetFieldValue<byte[]>(3), VersionETag.Format(reader.GetInt64(4)));

    protected override StoredGrainState? Result() => _stored;
}
