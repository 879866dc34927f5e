using Asivado.Orleans.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Storage.Batched;

/// <summary>
/// Inserts a state row (no expected version) or replaces it at the expected version. The result is the new version,
/// or null when the statement matched nothing (a row exists, or another version is stored).
/// </summary>
internal sealed class StateWriteOperation(BatchStatement statement, BatchKey key, int grainHash, long? expectedVersion, byte[] payload, CancellationToken cancellationToken)
    : BatchOperation<long?>(statement, key, cancellationToken)
{
    private long? _version;

    public int GrainHash { get; } = grainHash;

    public long? ExpectedVersion { get; } = expectedVersion;

    public byte[] Payload { get; } = payload;

    public override void ResetRows() => _version = null;

    public override void ReadRow(NpgsqlDataReader reader) => _version = reader.GetInt64(3);

    protected override long? Result() => _version;
}
