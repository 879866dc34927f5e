using Asivado.Grains.Runtime.PostgreSql.Reminders;
using Asivado.Grains.Runtime.Reminders;
using Npgsql;

namespace Asivado.Grains.Runtime.Tests.Providers;

/// <summary>The due-before and due-between reads are index range scans on due_at, so loading a window stays cheap.</summary>
public sealed class PostgreSqlReminderQueryPlanTests : IAsyncLifetime
{
    private const long FirstDueTicks = 639_000_000_000_000_000;
    private PostgreSqlTestSchema? _schema;

    private PostgreSqlTestSchema Schema => _schema ?? throw new InvalidOperationException("The schema is created in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _schema = await PostgreSqlTestSchema.CreateMigratedAsync();
        await Schema.ExecuteAsync($"""
            INSERT INTO "{Schema.Name}".reminders (grain_type, grain_key, reminder_name, grain_hash, due_at_ticks, period_ticks)
            SELECT 'case', 'case-' || i, 'respond', hashint4(i), {FirstDueTicks} + i::bigint * 10000000, 0
            FROM generate_series(1, 50000) AS i;
            ANALYZE "{Schema.Name}".reminders;
            """);
    }

    public async Task DisposeAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }

    [Fact]
    public async Task Reading_one_minute_of_the_full_range_is_a_range_scan_of_the_due_at_index_in_due_order()
    {
        var plan = await ExplainReadDueBeforeAsync(HashRange.Full);

        Assert.StartsWith("Index Scan using reminders_due_at_idx", plan[0], StringComparison.Ordinal);
        Assert.Contains(plan, line => line.Contains("Index Cond: (due_at_ticks <", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("Sort", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reading_one_minute_of_a_narrow_range_across_the_sign_boundary_never_scans_the_table()
    {
        // A narrow hash range may be cheaper through the grain_hash index; either index serves it.
        var plan = await ExplainReadDueBeforeAsync(new HashRange(0x7FFF_0000u, 0x8000_FFFFu));

        Assert.Contains(plan, line => line.Contains("reminders_due_at_idx", StringComparison.Ordinal) || line.Contains("reminders_grain_hash_idx", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("Seq Scan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Re_reading_half_a_minute_deep_in_the_table_is_a_range_scan_bounded_on_both_sides_in_due_order()
    {
        // 30 s starting 40,000 s in: both bounds must be index conditions, or the read would walk the 40,000 rows before it.
        var plan = await ExplainReadDueBetweenAsync(HashRange.Full, FirstDueTicks + (40_000 * TimeSpan.TicksPerSecond), 30 * TimeSpan.TicksPerSecond);

        Assert.StartsWith("Index Scan using reminders_due_at_idx", plan[0], StringComparison.Ordinal);
        Assert.Contains(plan, line => line.Contains("Index Cond: ((due_at_ticks >=", StringComparison.Ordinal) && line.Contains("AND (due_at_ticks <", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("Sort", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Re_reading_a_narrow_range_across_the_sign_boundary_never_scans_the_table()
    {
        var plan = await ExplainReadDueBetweenAsync(new HashRange(0x7FFF_0000u, 0x8000_FFFFu), FirstDueTicks + (40_000 * TimeSpan.TicksPerSecond), 30 * TimeSpan.TicksPerSecond);

        Assert.Contains(plan, line => line.Contains("reminders_due_at_idx", StringComparison.Ordinal) || line.Contains("reminders_grain_hash_idx", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("Seq Scan", StringComparison.Ordinal));
    }

    private Task<IReadOnlyList<string>> ExplainReadDueBetweenAsync(HashRange range, long dueFromTicks, long windowTicks) =>
        ExplainAsync(new ReminderStatements(Schema.Name).ReadDueBetween, range, dueFromTicks + windowTicks, dueFromTicks);

    private Task<IReadOnlyList<string>> ExplainReadDueBeforeAsync(HashRange range) =>
        ExplainAsync(new ReminderStatements(Schema.Name).ReadDueBefore, range, FirstDueTicks + (60 * TimeSpan.TicksPerSecond), dueFromTicks: null);

    private async Task<IReadOnlyList<string>> ExplainAsync(string statement, HashRange range, long dueBeforeTicks, long? dueFromTicks)
    {
        var ranges = SignedHashRanges.From(range);
        await using var explain = Schema.DataSource.CreateCommand("EXPLAIN " + statement);
        explain.Parameters.Add(new NpgsqlParameter<long>("due_before", dueBeforeTicks));
        if (dueFromTicks is not null)
        {
            explain.Parameters.Add(new NpgsqlParameter<long>("due_from", dueFromTicks.Value));
        }

        explain.Parameters.Add(new NpgsqlParameter<int>("first_start", ranges.FirstStart));
        explain.Parameters.Add(new NpgsqlParameter<int>("first_end", ranges.FirstEnd));
        explain.Parameters.Add(new NpgsqlParameter<int>("second_start", ranges.SecondStart));
        explain.Parameters.Add(new NpgsqlParameter<int>("second_end", ranges.SecondEnd));

        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(0));
        }

        return plan;
    }
}
