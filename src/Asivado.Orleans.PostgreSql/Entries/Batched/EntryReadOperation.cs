using Asivado.Orleans.PostgreSql.Batching;
using Asivado.Orleans.Persistence.Entries;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Entries.Batched;

/// <summary>Reads every entry of one grain's collection.</summary>
internal sealed class EntryReadOperation(BatchStatement statement, BatchKey key, CancellationToken cancellationToken)
    : BatchOperation<IReadOnlyList<StoredGrainEntry>>(statement, key, cancellationToken)
{
    private List<StoredGrainEntry> _entries = [];

    public override void ResetRows() => _entries = [];

    public override void ReadRow(NpgsqlDataReader reader) =>
        _entries.Add(new StoredGrainEntry(reader.GetString(3), reader.GetFieldValue<byte[]>(4)));

    protected override IReadOnlyList<StoredGrainEntry> Result() => _entries;
}
