using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.PostgreSql.Batching;
using Asivado.Grains.Runtime.Reminders;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Reminders.Batched;

/// <summary>Reads every reminder of one grain.</summary>
internal sealed class ReminderGrainReadOperation(BatchStatement statement, GrainId grainId, CancellationToken cancellationToken)
    : BatchOperation<List<ReminderEntry>>(statement, new BatchKey(grainId.Type, grainId.Key, ""), cancellationToken)
{
    private List<ReminderEntry> _entries = [];

    public override void ResetRows() => _entries = [];

    public override void ReadRow(NpgsqlDataReader reader) => _entries.Add(ReminderRows.Entry(reader, grainId));

    protected override List<ReminderEntry> Result() => _entries;
}
