using Asivado.Orleans.Deadlines;
using Asivado.Orleans.Deadlines.Table;
using Asivado.Orleans.PostgreSql.Batching;
using Asivado.Orleans.PostgreSql.Deadlines.Batched;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Runtime;

namespace Asivado.Orleans.PostgreSql.Deadlines;

/// <summary>
/// Pending one-shot deadlines in PostgreSQL (table deadlines). Due instants are stored as UTC ticks, so
/// <see cref="DeadlineEntry.DueAt"/> survives exactly (read back with a zero offset); the ring position as a signed
/// integer beside it, indexed by (due_at_ticks, grain_hash), so the service's window read is an index range scan
/// within its ring range. Changes and per-grain reads go through <see cref="PostgreSqlBatchers"/> (those of many
/// grains share a round trip and a commit, with the grain state written at the same time); window reads and counts
/// are single queries.
/// </summary>
public sealed class PostgreSqlDeadlineTable : IDeadlineTable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgreSqlBatchers _batchers;
    private readonly DeadlineStatements _sql;

    public PostgreSqlDeadlineTable(
        [FromKeyedServices(PostgreSqlOptions.DataSourceKey)] NpgsqlDataSource dataSource,
        PostgreSqlBatchers batchers,
        IOptions<PostgreSqlOptions> options)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(batchers);
        ArgumentNullException.ThrowIfNull(options);
        PostgreSqlOptionsValidator.ThrowIfInvalid(options.Value);
        _dataSource = dataSource;
        _batchers = batchers;
        _sql = new DeadlineStatements(options.Value.Schema);
    }

    public async Task<IReadOnlyList<DeadlineEntry>> ReadForGrainAsync(GrainId target, CancellationToken cancellationToken = default)
    {
        GrainIdArguments.ThrowIfInvalid(target, nameof(target));
        var (type, key) = GrainIdArguments.Columns(target);
        return await _batchers.Reads.Enqueue(new DeadlineGrainReadOperation(_batchers.DeadlineGrainRead, DeadlineRows.GrainKey(type, key), target, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DeadlineEntry>> ReadDueBetweenAsync(DateTimeOffset dueFrom, DateTimeOffset dueBefore, DeadlineRange range, CancellationToken cancellationToken = default)
    {
        if (dueFrom >= dueBefore)
        {
            return [];
        }

        await using var command = _dataSource.CreateCommand(_sql.ReadDueBetween);
        command.Parameters.Add(new NpgsqlParameter<long>("due_from", dueFrom.UtcTicks));
        command.Parameters.Add(new NpgsqlParameter<long>("due_before", dueBefore.UtcTicks));
        AddHashRanges(command, range);
        var entries = new List<DeadlineEntry>();

        // Grain types and deadline names repeat across rows, and the service may hold many of these entries: one
        // string per distinct value instead of one per row.
        var grainTypes = new RepeatedStrings();
        var names = new RepeatedStrings();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new DeadlineEntry(
                GrainIdArguments.FromColumns(grainTypes.Share(reader.GetString(0)), reader.GetString(1)),
                names.Share(reader.GetString(2)),
                DeadlineRows.Instant(reader.GetInt64(3))));
        }

        return entries;
    }

    public async Task<int> ApplyAsync(GrainId target, IReadOnlyList<ScheduledDeadline> schedule, IReadOnlyList<string> cancel, CancellationToken cancellationToken = default)
    {
        GrainIdArguments.ThrowIfInvalid(target, nameof(target));
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(cancel);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var upserts = new (string Name, long DueAtTicks)[schedule.Count];
        for (var i = 0; i < schedule.Count; i++)
        {
            var deadline = schedule[i] ?? throw new ArgumentException("A scheduled deadline is null.", nameof(schedule));
            ThrowIfInvalidOrRepeated(deadline.Name, names, nameof(schedule));
            upserts[i] = (deadline.Name, deadline.DueAt.UtcTicks);
        }

        foreach (var name in cancel)
        {
            ThrowIfInvalidOrRepeated(name, names, nameof(cancel));
        }

        if (upserts.Length == 0 && cancel.Count == 0)
        {
            return 0;
        }

        var (type, key) = GrainIdArguments.Columns(target);
        return await _batchers.Writes.Enqueue(new DeadlineApplyOperation(
            _batchers.DeadlineApply, DeadlineRows.GrainKey(type, key), GrainIdArguments.SignedHash(target), upserts, cancel, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<bool> RemoveFiredAsync(GrainId target, string name, DateTimeOffset dueAt, CancellationToken cancellationToken = default)
    {
        GrainIdArguments.ThrowIfInvalid(target, nameof(target));
        GrainIdArguments.ThrowIfInvalidName(name, nameof(name));
        var (type, key) = GrainIdArguments.Columns(target);
        return await _batchers.Writes.Enqueue(new DeadlineRemoveFiredOperation(
            _batchers.DeadlineRemoveFired, new BatchKey(type, key, name), dueAt.UtcTicks, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<long> CountAsync(DeadlineRange range, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(_sql.Count);
        AddHashRanges(command, range);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static void AddHashRanges(NpgsqlCommand command, DeadlineRange range)
    {
        var ranges = SignedHashRanges.From(range);
        command.Parameters.Add(new NpgsqlParameter<int>("first_start", ranges.FirstStart));
        command.Parameters.Add(new NpgsqlParameter<int>("first_end", ranges.FirstEnd));
        command.Parameters.Add(new NpgsqlParameter<int>("second_start", ranges.SecondStart));
        command.Parameters.Add(new NpgsqlParameter<int>("second_end", ranges.SecondEnd));
    }

    private static void ThrowIfInvalidOrRepeated(string name, HashSet<string> seen, string parameterName)
    {
        GrainIdArguments.ThrowIfInvalidName(name, parameterName);
        if (!seen.Add(name))
        {
            throw new ArgumentException($"Deadline '{name}' appears more than once in one change.", parameterName);
        }
    }
}
