using Asivado.Orleans.Deadlines.Table;
using Asivado.Orleans.PostgreSql.Batching;
using Npgsql;
using Orleans.Runtime;

namespace Asivado.Orleans.PostgreSql.Deadlines.Batched;

/// <summary>Reads every pending deadline of one grain.</summary>
internal sealed class DeadlineGrainReadOperation(BatchStatement statement, BatchKey grain, GrainId target, CancellationToken cancellationToken)
    : BatchOperation<List<DeadlineEntry>>(statement, grain, cancellationToken)
{
    private List<DeadlineEntry> _entries = [];

    public override void ResetRows() => _entries = [];

    public override void ReadRow(NpgsqlDataReader reader) =>
        _entries.Add(new DeadlineEntry(target, reader.GetString(2), DeadlineRows.Instant(reader.GetInt64(3))));

    protected override List<DeadlineEntry> Result() => _entries;
}
