using Asivado.Orleans.PostgreSql.Batching;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Deadlines.Batched;

/// <summary>Schedules (inserts or moves) and cancels deadlines of one grain, all in one batch; the result is how many cancelled deadlines existed.</summary>
internal sealed class DeadlineApplyOperation(
    BatchStatement statement,
    BatchKey grain,
    int grainHash,
    IReadOnlyList<(string Name, long DueAtTicks)> schedule,
    IReadOnlyList<string> cancel,
    CancellationToken cancellationToken)
    : BatchOperation<int>(statement, grain, cancellationToken)
{
    private int _cancelled;

    public int GrainHash { get; } = grainHash;

    public IReadOnlyList<(string Name, long DueAtTicks)> Schedule { get; } = schedule;

    public IReadOnlyList<string> Cancel { get; } = cancel;

    public override void ResetRows() => _cancelled = 0;

    /// <summary>Each row is a cancelled deadline that existed (the upserts' rows are not handed here).</summary>
    public override void ReadRow(NpgsqlDataReader reader) => _cancelled++;

    protected override int Result() => _cancelled;
}
