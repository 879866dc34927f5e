using Asivado.Orleans.PostgreSql.Batching;
using Asivado.Orleans.Persistence.Entries;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Entries.Batched;

/// <summary>Upserts and removes entries of one grain's collection; all of them commit together.</summary>
internal sealed class EntryChangesOperation(BatchStatement statement, BatchKey key, int grainHash, IReadOnlyList<GrainEntryChange> changes, CancellationToken cancellationToken)
    : BatchOperation<bool>(statement, key, cancellationToken)
{
    public int GrainHash { get; } = grainHash;

    public IReadOnlyList<GrainEntryChange> Changes { get; } = changes;

    public override void ResetRows()
    {
    }

    public override void ReadRow(NpgsqlDataReader reader)
    {
    }

    protected override bool Result() => true;
}
