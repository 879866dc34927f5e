using Asivado.Orleans.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Storage.Batched;

/// <summary>Deletes a state record at the expected version; true when it did.</summary>
internal sealed class StateDeleteOperation(BatchStatement statement, BatchKey key, long expectedVersion, CancellationToken cancellationToken)
    : BatchOperation<bool>(statement, key, cancellationToken)
{
    private bool _deleted;

    public long ExpectedVersion { get; } = expectedVersion;

    public override void ResetRows() => _deleted = false;

    public override void ReadRow(NpgsqlDataReader reader) => _deleted = true;

    protected override bool Result() => _deleted;
}
