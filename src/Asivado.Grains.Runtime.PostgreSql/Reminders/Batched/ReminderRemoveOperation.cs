using Asivado.Grains.Runtime.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Reminders.Batched;

/// <summary>Removes a reminder (only at <see cref="ExpectedVersion"/> when one is given); true when a row went.</summary>
internal sealed class ReminderRemoveOperation(BatchStatement statement, BatchKey key, long? expectedVersion, CancellationToken cancellationToken)
    : BatchOperation<bool>(statement, key, cancellationToken)
{
    private bool _removed;

    public long? ExpectedVersion { get; } = expectedVersion;

    public override void ResetRows() => _removed = false;

    public override void ReadRow(NpgsqlDataReader reader) => _removed = true;

    protected override bool Result() => _removed;
}
