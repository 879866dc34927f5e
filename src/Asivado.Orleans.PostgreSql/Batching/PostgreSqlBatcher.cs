using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Batching;

/// <summary>
/// Sends the operations of many callers together: each batch is one round trip and one transaction (an
/// <see cref="NpgsqlBatch"/>, which PostgreSQL runs in one implicit transaction), with one statement per kind of
/// operation. While <see cref="MaxConcurrentBatches"/> batches are in flight, new operations wait and go out
/// together in the next one, so the batch size follows the load: one operation at a time when idle, hundreds
/// per commit under load. Callers learn the outcome only after the batch committed.
/// <para>Order: an operation sent after another one completed is applied after it; operations in flight at the
/// same time have no order between them. Two operations with the same key never share a statement: the later
/// waits for the next batch.</para>
/// <para>A batch that fails with a statement error (<see cref="PostgresException"/>) is retried one operation per
/// transaction, so only the operation at fault fails; any other failure (connection, timeout) fails every
/// operation of the batch, whose outcome is then unknown to the caller, as with a single statement.</para>
/// </summary>
internal sealed partial class PostgreSqlBatcher : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger _logger;
    private readonly string _name;
    private readonly KeyValuePair<string, object?> _tag;
    private readonly Channel<BatchOperation> _queue = Channel.CreateUnbounded<BatchOperation>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _slots;
    private readonly Task _loop;
    private long _batchesSent;
    private long _operationsSent;

    public PostgreSqlBatcher(string name, NpgsqlDataSource dataSource, int maxBatchSize, int maxConcurrentBatches, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrentBatches, 1);
        _name = name;
        _tag = new KeyValuePair<string, object?>("batcher", name);
        _dataSource = dataSource;
        _logger = logger;
        MaxBatchSize = maxBatchSize;
        MaxConcurrentBatches = maxConcurrentBatches;
        _slots = new SemaphoreSlim(maxConcurrentBatches, maxConcurrentBatches);
        _loop = Task.Run(RunAsync);
    }

    public int MaxBatchSize { get; }

    /// <summary>Batches sent so far (each one round trip), retries of a failed batch not counted.</summary>
    public long BatchesSent => Interlocked.Read(ref _batchesSent);

    /// <summary>Operations sent so far in <see cref="BatchesSent"/>.</summary>
    public long OperationsSent => Interlocked.Read(ref _operationsSent);

    public int MaxConcurrentBatches { get; }

    /// <summary>Queues the operation for the next batch; its task completes once that batch committed or failed.</summary>
    public Task<TResult> Enqueue<TResult>(BatchOperation<TResult> operation)
    {
        if (!_queue.Writer.TryWrite(operation))
        {
            operation.Fail(new ObjectDisposedException(nameof(PostgreSqlBatcher), "The PostgreSQL providers are shutting down."));
        }

        return operation.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        for (var i = 0; i < MaxConcurrentBatches; i++)
        {
            await _slots.WaitAsync().ConfigureAwait(false);
        }

        _slots.Dispose();
    }

    private async Task RunAsync()
    {
        var carried = new List<BatchOperation>();
        while (carried.Count > 0 || await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            await _slots.WaitAsync().ConfigureAwait(false);
            var batch = carried;
            carried = [];
            while (batch.Count < MaxBatchSize && _queue.Reader.TryRead(out var operation))
            {
                if (!operation.TryCancelIfRequested())
                {
                    batch.Add(operation);
                }
            }

            if (batch.Count == 0)
            {
                _slots.Release();
                continue;
            }

            var groups = Group(batch, carried);
            var count = batch.Count - carried.Count;
            Interlocked.Increment(ref _batchesSent);
            Interlocked.Add(ref _operationsSent, count);
            PostgreSqlBatchingMetrics.BatchSize.Record(count, _tag);
            _ = FlushAsync(groups, count);
        }
    }

    /// <summary>Groups by statement, moving a repeated key of a statement to <paramref name="carried"/> (the next batch).</summary>
    private static List<(BatchStatement Statement, List<BatchOperation> Operations)> Group(List<BatchOperation> batch, List<BatchOperation> carried)
    {
        var groups = new Dictionary<BatchStatement, (HashSet<BatchKey> Keys, List<BatchOperation> Operations)>();
        foreach (var operation in batch)
        {
            if (!groups.TryGetValue(operation.Statement, out var group))
            {
                groups[operation.Statement] = group = ([], []);
            }

            if (group.Keys.Add(operation.Key))
            {
                group.Operations.Add(operation);
            }
            else
            {
                carried.Add(operation);
            }
        }

        return [.. groups.OrderBy(pair => pair.Key.Order).Select(pair => (pair.Key, pair.Value.Operations))];
    }

    private async Task FlushAsync(List<(BatchStatement Statement, List<BatchOperation> Operations)> groups, int count)
    {
        Exception? failure = null;
        try
        {
            await ExecuteAsync(groups).ConfigureAwait(false);
        }
        catch (PostgresException exception) when (count > 1)
        {
            LogBatchRetriedSingly(_logger, exception, _name, count, exception.SqlState);
            PostgreSqlBatchingMetrics.BatchesRetriedSingly.Add(1, _tag);
            await RetrySinglyAsync(groups).ConfigureAwait(false);
            _slots.Release();
            return;
        }
        catch (Exception exception)
        {
            LogBatchFailed(_logger, exception, _name, count);
            failure = exception;
        }

        // The slot first: the callers' continuations run on this thread as their operations complete (no hop to the
        // thread pool per operation), while the next batch goes out on another.
        _slots.Release();
        foreach (var (_, operations) in groups)
        {
            foreach (var operation in operations)
            {
                if (failure is null)
                {
                    operation.Complete();
                }
                else
                {
                    operation.Fail(failure);
                }
            }
        }
    }

    private async Task RetrySinglyAsync(List<(BatchStatement Statement, List<BatchOperation> Operations)> groups)
    {
        foreach (var (statement, operations) in groups)
        {
            foreach (var operation in operations)
            {
                try
                {
                    await ExecuteAsync([(statement, [operation])]).ConfigureAwait(false);
                    operation.Complete();
                }
                catch (Exception exception)
                {
                    operation.Fail(exception);
                }
            }
        }
    }

    private async Task ExecuteAsync(List<(BatchStatement Statement, List<BatchOperation> Operations)> groups)
    {
        await using var connection = await _dataSource.OpenConnectionAsync().ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection);
        var rowReaders = new List<Action<NpgsqlDataReader>>();
        foreach (var (statement, operations) in groups)
        {
            operations.ForEach(static operation => operation.ResetRows());
            statement.Append(batch, operations, rowReaders);
        }

        await using var reader = await batch.ExecuteReaderAsync().ConfigureAwait(false);
        foreach (var readRow in rowReaders)
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                readRow(reader);
            }

            await reader.NextResultAsync().ConfigureAwait(false);
        }

        // The implicit transaction commits at the batch's end: read to it before telling anyone.
        while (await reader.NextResultAsync().ConfigureAwait(false))
        {
        }
    }
}
