using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.PostgreSql.Batching;
using Asivado.Grains.Runtime.PostgreSql.Reminders.Batched;
using Asivado.Grains.Runtime.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Reminders;

/// <summary>
/// Durable reminders in PostgreSQL. Instants are stored as UTC ticks, so <see cref="ReminderEntry.DueAt"/>
/// survives exactly (read back with a zero offset). ETags are row versions; conditional changes check the version
/// atomically in their statement. Changes and per-grain reads go through <see cref="PostgreSqlBatchers"/>, so those
/// of many grains share a round trip (and, for changes, a commit with the grain state written at the same time);
/// the scheduler's window reads are single queries.
/// </summary>
public sealed partial class PostgreSqlReminderTable : IReminderTable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgreSqlBatchers _batchers;
    private readonly ReminderStatements _sql;
    private readonly ILogger<PostgreSqlReminderTable> _logger;

    public PostgreSqlReminderTable(
        [FromKeyedServices(PostgreSqlGrainProviderOptions.DataSourceKey)] NpgsqlDataSource dataSource,
        PostgreSqlBatchers batchers,
        PostgreSqlGrainProviderOptions options,
        ILogger<PostgreSqlReminderTable> logger)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(batchers);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        _dataSource = dataSource;
        _batchers = batchers;
        _sql = new ReminderStatements(options.Schema);
        _logger = logger;
    }

    public async Task<ReminderEntry?> ReadAsync(GrainId grainId, string name, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(grainId, name);
        await using var command = KeyedCommand(_sql.Read, grainId, name);
        var entries = await ReadEntriesAsync(command, 1, cancellationToken).ConfigureAwait(false);
        return entries.Count == 0 ? null : entries[0];
    }

    public async Task<IReadOnlyList<ReminderEntry>> ReadForGrainAsync(GrainId grainId, CancellationToken cancellationToken = default)
    {
        GrainIdArguments.ThrowIfInvalid(grainId, nameof(grainId));
        var entries = await _batchers.Reads.Enqueue(new ReminderGrainReadOperation(_batchers.ReminderGrainRead, grainId, cancellationToken)).ConfigureAwait(false);

        // Sorted here rather than in SQL so the order is ordinal UTF-16, whatever the database's collation.
        entries.Sort(static (left, right) => string.CompareOrdinal(left.Name, right.Name));
        return entries;
    }

    public async Task<IReadOnlyList<ReminderEntry>> ReadDueBeforeAsync(DateTimeOffset dueBefore, HashRange range, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(_sql.ReadDueBefore);
        command.Parameters.Add(new NpgsqlParameter<long>("due_before", dueBefore.UtcTicks));
        AddHashRanges(command, range);
        return await ReadEntriesAsync(command, 256, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ReminderEntry>> ReadDueBetweenAsync(DateTimeOffset dueFrom, DateTimeOffset dueBefore, HashRange range, CancellationToken cancellationToken = default)
    {
        if (dueFrom >= dueBefore)
        {
            return [];
        }

        await using var command = _dataSource.CreateCommand(_sql.ReadDueBetween);
        command.Parameters.Add(new NpgsqlParameter<long>("due_from", dueFrom.UtcTicks));
        command.Parameters.Add(new NpgsqlParameter<long>("due_before", dueBefore.UtcTicks));
        AddHashRanges(command, range);
        return await ReadEntriesAsync(command, 256, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ThrowIfInvalid(entry.GrainId, entry.Name, nameof(entry));
        if (entry.Period < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(entry), entry.Period, "A reminder's period may not be negative.");
        }

        var version = await _batchers.Writes.Enqueue(new ReminderUpsertOperation(
            _batchers.ReminderUpsert, Key(entry.GrainId, entry.Name), GrainIdArguments.SignedHash(entry.GrainId),
            entry.DueAt.UtcTicks, entry.Period.Ticks, cancellationToken)).ConfigureAwait(false);
        return VersionETag.Format(version);
    }

    public async Task<string?> AdvanceAsync(GrainId grainId, string name, string expectedETag, DateTimeOffset nextDueAt, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(grainId, name);
        ArgumentNullException.ThrowIfNull(expectedETag);
        if (!VersionETag.TryParse(expectedETag, out var expectedVersion))
        {
            LogStaleAdvance(_logger, name, grainId, expectedETag);
            return null;
        }

        var version = await _batchers.Writes.Enqueue(new ReminderAdvanceOperation(
            _batchers.ReminderAdvance, Key(grainId, name), expectedVersion, nextDueAt.UtcTicks, cancellationToken)).ConfigureAwait(false);
        if (version is null)
        {
            LogStaleAdvance(_logger, name, grainId, expectedETag);
            return null;
        }

        return VersionETag.Format(version.Value);
    }

    public async Task<bool> RemoveAsync(GrainId grainId, string name, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(grainId, name);
        long expectedVersion = 0;
        if (expectedETag is not null && !VersionETag.TryParse(expectedETag, out expectedVersion))
        {
            return false;
        }

        return await _batchers.Writes.Enqueue(new ReminderRemoveOperation(
            _batchers.ReminderRemove, Key(grainId, name), expectedETag is null ? null : expectedVersion, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<long> CountAsync(HashRange range, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(_sql.Count);
        AddHashRanges(command, range);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task<List<ReminderEntry>> ReadEntriesAsync(NpgsqlCommand command, int expectedCount, CancellationToken cancellationToken)
    {
        var entries = new List<ReminderEntry>(expectedCount);

        // Grain type names and reminder names repeat across rows, and the scheduler may hold a million of these
        // entries: reuse one string per distinct value instead of one per row.
        var grainTypes = new RepeatedStrings();
        var names = new RepeatedStrings();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new ReminderEntry(
                new GrainId(grainTypes.Share(reader.GetString(0)), reader.GetString(1)),
                names.Share(reader.GetString(2)),
                new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
                TimeSpan.FromTicks(reader.GetInt64(4)),
                VersionETag.Format(reader.GetInt64(5))));
        }

        return entries;
    }

    private static BatchKey Key(GrainId grainId, string name) => new(grainId.Type, grainId.Key, name);

    private NpgsqlCommand KeyedCommand(string sql, GrainId grainId, string name)
    {
        var command = _dataSource.CreateCommand(sql);
        AddGrainId(command, grainId);
        command.Parameters.Add(new NpgsqlParameter<string>("reminder_name", name));
        return command;
    }

    private static void AddGrainId(NpgsqlCommand command, GrainId grainId)
    {
        command.Parameters.Add(new NpgsqlParameter<string>("grain_type", grainId.Type));
        command.Parameters.Add(new NpgsqlParameter<string>("grain_key", grainId.Key));
    }

    private static void AddHashRanges(NpgsqlCommand command, HashRange range)
    {
        var ranges = SignedHashRanges.From(range);
        command.Parameters.Add(new NpgsqlParameter<int>("first_start", ranges.FirstStart));
        command.Parameters.Add(new NpgsqlParameter<int>("first_end", ranges.FirstEnd));
        command.Parameters.Add(new NpgsqlParameter<int>("second_start", ranges.SecondStart));
        command.Parameters.Add(new NpgsqlParameter<int>("second_end", ranges.SecondEnd));
    }

    private static void ThrowIfInvalid(GrainId grainId, string name, string? parameterName = null)
    {
        GrainIdArguments.ThrowIfInvalid(grainId, parameterName ?? nameof(grainId));
        GrainIdArguments.ThrowIfInvalidName(name, parameterName ?? nameof(name));
    }
}
