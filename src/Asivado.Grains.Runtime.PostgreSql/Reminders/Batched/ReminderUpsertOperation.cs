using Asivado.Grains.Runtime.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Reminders.Batched;

/// <summary>Inserts or replaces a reminder; the result is its new version.</summary>
internal sealed class ReminderUpsertOperation(BatchStatement statement, BatchKey key, int grainHash, long dueAtTicks, long periodTicks, CancellationToken cancellationToken)
    : BatchOperation<long>(statement, key, cancellationToken)
{
    private long? _version;

    public int GrainHash { get; } = grainHash;

    public long DueAtTicks { get; } = dueAtTicks;

    public long PeriodTicks { get; } = periodTicks;

    public override void ResetRows() => _version = null;

    public override void ReadRow(NpgsqlDataReader reader) => _version = reader.GetInt64(3);

    protected override long Result() => _version ?? throw new InvalidOperationException($"The upsert of reminder {Key} returned no version.");
}
