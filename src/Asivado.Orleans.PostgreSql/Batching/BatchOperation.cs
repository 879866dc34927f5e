using Npgsql;

namespace Asivado.Orleans.PostgreSql.Batching;

/// <summary>
/// One caller's request in a batch. Rows its statement returns are handed to <see cref="ReadRow"/>; the caller
/// learns the outcome only after the whole batch has committed (<see cref="Complete"/>) or failed.
/// </summary>
internal abstract class BatchOperation
{
    protected BatchOperation(BatchStatement statement, BatchKey key, CancellationToken cancellationToken)
    {
        Statement = statement;
        Key = key;
        CancellationToken = cancellationToken;
    }

    public BatchStatement Statement { get; }

    public BatchKey Key { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Forgets rows read by an attempt that did not commit, before the operation is tried again.</summary>
    public abstract void ResetRows();

    public abstract void ReadRow(NpgsqlDataReader reader);

    public abstract void Complete();

    public abstract void Fail(Exception error);

    /// <returns>True when the caller gave up before the operation was sent; it is then cancelled and left out.</returns>
    public abstract bool TryCancelIfRequested();
}

/// <summary>An operation whose caller awaits a <typeparamref name="TResult"/> built from the rows it got back.</summary>
internal abstract class BatchOperation<TResult> : BatchOperation
{
    // Continuations run inline where the batch completes (see PostgreSqlBatcher.FlushAsync).
    private readonly TaskCompletionSource<TResult> _completion = new();

    protected BatchOperation(BatchStatement statement, BatchKey key, CancellationToken cancellationToken)
        : base(statement, key, cancellationToken)
    {
    }

    public Task<TResult> Task => _completion.Task;

    /// <summary>The outcome of the rows read (none read: the statement matched nothing).</summary>
    protected abstract TResult Result();

    public override void Complete() => _completion.TrySetResult(Result());

    public override void Fail(Exception error) => _completion.TrySetException(error);

    public override bool TryCancelIfRequested() =>
        CancellationToken.IsCancellationRequested && _completion.TrySetCanceled(CancellationToken);
}
