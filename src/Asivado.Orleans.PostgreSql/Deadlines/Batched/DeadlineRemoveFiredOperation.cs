using Asivado.Orleans.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Deadlines.Batched;

/// <summary>Deletes a fired deadline only while it is still due at <see cref="DueAtTicks"/>; true when a row went.</summary>
internal sealed class DeadlineRemoveFiredOperation(BatchStatement statement, BatchKey key, long dueAtTicks, CancellationToken cancellationToken)
    : BatchOperation<bool>(statement, key, cancellationToken)
{
    private bool _removed;

    public long DueAtTicks { get; } = dueAtTicks;

    public override void ResetRows() => _removed = false;

    public override void ReadRow(NpgsqlDataReader reader) => _removed = true;

    protected override bool Result() => _removed;
}
