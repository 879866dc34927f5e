using Asivado.Orleans.PostgreSql.Deadlines.Batched;
using Asivado.Orleans.PostgreSql.Entries.Batched;
using Asivado.Orleans.PostgreSql.Storage.Batched;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Batching;

/// <summary>
/// The batchers the providers share, one for writes and one for reads (so reads never wait behind a commit), and the
/// statements they send, built once per schema. Grain state, entries and deadlines of many grains therefore commit
/// together.
/// </summary>
public sealed class PostgreSqlBatchers : IAsyncDisposable
{
    public PostgreSqlBatchers(
        [FromKeyedServices(PostgreSqlOptions.DataSourceKey)] NpgsqlDataSource dataSource,
        IOptions<PostgreSqlOptions> options,
        ILogger<PostgreSqlBatchers> logger)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var value = options.Value;
        PostgreSqlOptionsValidator.ThrowIfInvalid(value);
        var batching = value.Batching;
        Writes = new PostgreSqlBatcher("write", dataSource, batching.MaxBatchSize, batching.MaxConcurrentWriteBatches, logger);
        Reads = new PostgreSqlBatcher("read", dataSource, batching.MaxBatchSize, batching.MaxConcurrentReadBatches, logger);
        var schema = value.Schema;
        StateInsert = new StateInsertStatement(schema);
        StateUpdate = new StateUpdateStatement(schema);
        StateDelete = new StateDeleteStatement(schema);
        StateRead = new StateReadStatement(schema);
        EntryChanges = new EntryChangesStatement(schema);
        EntryRead = new EntryReadStatement(schema);
        DeadlineApply = new DeadlineApplyStatement(schema);
        DeadlineRemoveFired = new DeadlineRemoveFiredStatement(schema);
        DeadlineGrainRead = new DeadlineGrainReadStatement(schema);
    }

    /// <summary>Write batches sent so far (each one round trip and one commit), retries of a failed batch not counted.</summary>
    public long WriteBatchesSent => Writes.BatchesSent;

    /// <summary>Write operations sent so far in <see cref="WriteBatchesSent"/>.</summary>
    public long WriteOperationsSent => Writes.OperationsSent;

    /// <summary>Read batches sent so far (each one round trip).</summary>
    public long ReadBatchesSent => Reads.BatchesSent;

    /// <summary>Read operations sent so far in <see cref="ReadBatchesSent"/>.</summary>
    public long ReadOperationsSent => Reads.OperationsSent;

    internal PostgreSqlBatcher Writes { get; }

    internal PostgreSqlBatcher Reads { get; }

    internal StateInsertStatement StateInsert { get; }

    internal StateUpdateStatement StateUpdate { get; }

    internal StateDeleteStatement StateDelete { get; }

    internal StateReadStatement StateRead { get; }

    internal EntryChangesStatement EntryChanges { get; }

    internal EntryReadStatement EntryRead { get; }

    internal DeadlineApplyStatement DeadlineApply { get; }

    internal DeadlineRemoveFiredStatement DeadlineRemoveFired { get; }

    internal DeadlineGrainReadStatement DeadlineGrainRead { get; }

    public async ValueTask DisposeAsync()
    {
        await Writes.DisposeAsync().ConfigureAwait(false);
        await Reads.DisposeAsync().ConfigureAwait(false);
    }
}
