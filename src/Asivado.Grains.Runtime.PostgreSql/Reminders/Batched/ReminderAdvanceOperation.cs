using Asivado.Grains.Runtime.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Reminders.Batched;

/// <summary>Moves a reminder to its next due instant if it is still at the expected version; the new version, or null.</summary>
internal sealed class ReminderAdvanceOperation(BatchStatement statement, BatchKey key, long expectedVersion, long dueAtTicks, CancellationToken cancellationToken)
    : BatchOperation<long?>(statement, key, cancellationToken)
{
    private long? _version;

    public long ExpectedVersion { get; } = expectedVersion;

    public long DueAtTicks { get; } = dueAtTicks;

    public override void ResetRows() => _version = null;

    public override void ReadRow(NpgsqlDataReader reader) => _version = reader.GetInt64(3);

    protected override long? Result() => _version;
}
