using Asivado.Grains.Runtime.PostgreSql.Reminders.Batched;
using Asivado.Grains.Runtime.PostgreSql.Storage.Batched;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Batching;

/// <summary>
/// The batchers the providers share, one for writes and one for reads (so reads never wait behind a commit),
/// and the statements they send, built once per schema. Grain state, entries and reminders of many grains
/// therefore commit together.
/// </summary>
public sealed class PostgreSqlBatchers : IAsyncDisposable
{
    public PostgreSqlBatchers(
        [FromKeyedServices(PostgreSqlGrainProviderOptions.DataSourceKey)] NpgsqlDataSource dataSource,
        PostgreSqlGrainProviderOptions options,
        ILogger<PostgreSqlBatchers> logger)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        Writes = new PostgreSqlBatcher("write", dataSource, options.MaxBatchSize, options.MaxConcurrentWriteBatches, logger);
        Reads = new PostgreSqlBatcher("read", dataSource, options.MaxBatchSize, options.MaxConcurrentReadBatches, logger);
        var schema = options.Schema;
        StateInsert = new StateInsertStatement(schema);
        StateUpdate = new StateUpdateStatement(schema);
        StateDelete = new StateDeleteStatement(schema);
        StateRead = new StateReadStatement(schema);
        EntryChanges = new EntryChangesStatement(schema);
        EntryRead = new EntryReadStatement(schema);
        ReminderUpsert = new ReminderUpsertStatement(schema);
        ReminderAdvance = new ReminderAdvanceStatement(schema);
        ReminderRemove = new ReminderRemoveStatement(schema);
        ReminderGrainRead = new ReminderGrainReadStatement(schema);
    }

    internal PostgreSqlBatcher Writes { get; }

    internal PostgreSqlBatcher Reads { get; }

    internal StateInsertStatement StateInsert { get; }

    internal StateUpdateStatement StateUpdate { get; }

    internal StateDeleteStatement StateDelete { get; }

    internal StateReadStatement StateRead { get; }

    internal EntryChangesStatement EntryChanges { get; }

    internal EntryReadStatement EntryRead { get; }

    internal ReminderUpsertStatement ReminderUpsert { get; }

    internal ReminderAdvanceStatement ReminderAdvance { get; }

    internal ReminderRemoveStatement ReminderRemove { get; }

    internal ReminderGrainReadStatement ReminderGrainRead { get; }

    public async ValueTask DisposeAsync()
    {
        await Writes.DisposeAsync().ConfigureAwait(false);
        await Reads.DisposeAsync().ConfigureAwait(false);
    }
}
