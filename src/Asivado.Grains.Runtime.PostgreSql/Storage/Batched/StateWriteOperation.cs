using Asivado.Grains.Runtime.PostgreSql.Batching;
using Asivado.Grains.Runtime.Storage;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Storage.Batched;

/// <summary>
/// Inserts a state record (no expected version) or replaces it at the expected version, with the entries of logs
/// attached to it (written only if the record is). The result is the new version, or null when the statement matched
/// nothing (a record exists, or another version is stored).
/// </summary>
internal sealed class StateWriteOperation : BatchOperation<long?>
{
    private long? _version;

    public StateWriteOperation(BatchStatement statement, BatchKey key, int grainHash, long? expectedVersion, byte[] payload, IReadOnlyList<GrainEntryWrite> entries, CancellationToken cancellationToken)
        : base(statement, key, cancellationToken)
    {
        GrainHash = grainHash;
        ExpectedVersion = expectedVersion;
        Payload = payload;
        Entries = entries;
    }

    /// <summary>Entry upserts to write only if the record is written.</summary>
    public IReadOnlyList<GrainEntryWrite> Entries { get; }

    public int GrainHash { get; }

    public long? ExpectedVersion { get; }

    public byte[] Payload { get; }

    public override void ResetRows() => _version = null;

    public override void ReadRow(NpgsqlDataReader reader) => _version = reader.GetInt64(3);

    protected override long? Result() => _version;
}
