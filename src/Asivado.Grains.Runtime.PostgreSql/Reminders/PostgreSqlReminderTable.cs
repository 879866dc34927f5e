using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Asivado.Grains.Runtime.PostgreSql.Reminders;

/// <summary>
/// Durable reminders in PostgreSQL. Instants are stored as UTC ticks, so <see cref="ReminderEntry.DueAt"/>
/// survives exactly (read back with a zero offset). ETags are row versions; conditional changes are single
/// statements that check the version atomically.
/// </summary>
public sealed partial class PostgreSqlReminderTable : IReminderTable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly ReminderStatements _sql;
    private readonly ILogger<PostgreSqlReminderTable> _logger;

    public PostgreSqlReminderTable(
        [FromKeyedServices(PostgreSqlGrainProviderOptions.DataSourceKey)] NpgsqlDataSource dataSource,
        PostgreSqlGrainProviderOptions options,
        ILogger<PostgreSqlReminderTable> logger)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        _dataSource = dataSource;
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
        await using var command = _dataSource.CreateCommand(_sql.ReadForGrain);
        AddGrainId(command, grainId);
        var entries = await ReadEntriesAsync(command, 4, cancellationToken).ConfigureAwait(false);

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

        await using var command = KeyedCommand(_sql.Upsert, entry.GrainId, entry.Name);
        command.Parameters.Add(new NpgsqlParameter<int>("grain_hash", GrainIdArguments.SignedHash(entry.GrainId)));
        command.Parameters.Add(new NpgsqlParameter<long>("due_at_ticks", entry.DueAt.UtcTicks));
        command.Parameters.Add(new NpgsqlParameter<long>("period_ticks", entry.Period.Ticks));
        var version = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
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

        await using var command = KeyedCommand(_sql.Advance, grainId, name);
        command.Parameters.Add(new NpgsqlParameter<long>("due_at_ticks", nextDueAt.UtcTicks));
        command.Parameters.Add(new NpgsqlParameter<long>("version", expectedVersion));
        var version = (long?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
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

        await using var command = KeyedCommand(expectedETag is null ? _sql.Remove : _sql.RemoveVersion, grainId, name);
        if (expectedETag is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<long>("version", expectedVersion));
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
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
