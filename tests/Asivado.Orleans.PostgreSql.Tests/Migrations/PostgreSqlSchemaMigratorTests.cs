using Asivado.Orleans.PostgreSql.Migrations;
using Asivado.Orleans.PostgreSql.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Asivado.Orleans.PostgreSql.Tests.Migrations;

public sealed class PostgreSqlSchemaMigratorTests : IAsyncLifetime
{
    private readonly PostgreSqlTestSchema _schema = PostgreSqlTestSchema.CreateEmpty();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    [Fact]
    public async Task A_missing_schema_is_created_and_every_embedded_migration_recorded_in_order()
    {
        Assert.Equal(0L, await _schema.ScalarAsync<long>($"SELECT count(*) FROM pg_namespace WHERE nspname = '{_schema.Name}'"));

        var applied = await _schema.CreateMigrator().MigrateAsync(CancellationToken.None);

        Assert.Equal(EmbeddedMigrations.All.Select(m => m.Version), applied.Select(m => m.Version));
        Assert.Equal(1, EmbeddedMigrations.All[0].Version);
        Assert.Equal("initial", EmbeddedMigrations.All[0].Name);
        Assert.Equal("2:membership", $"{EmbeddedMigrations.All[1].Version}:{EmbeddedMigrations.All[1].Name}");
        Assert.Equal(
            string.Join(",", EmbeddedMigrations.All.Select(m => $"{m.Version}:{m.Name}:{m.Checksum}")),
            await _schema.ScalarAsync<string>($"SELECT string_agg(version || ':' || name || ':' || checksum, ',' ORDER BY version) FROM \"{_schema.Name}\".schema_migrations"));
        Assert.Equal(
            "deadlines,grain_entries,grain_state,membership_silos,membership_version,schema_migrations",
            await _schema.ScalarAsync<string>($"SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = '{_schema.Name}'"));
        Assert.Equal(
            "deadlines_due_at_idx,deadlines_grain_hash_idx,deadlines_pk,grain_entries_pk,grain_state_pk,membership_silos_pk,membership_version_pk,schema_migrations_pkey",
            await _schema.ScalarAsync<string>($"SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes WHERE schemaname = '{_schema.Name}'"));
    }

    [Fact]
    public async Task Running_twice_changes_nothing()
    {
        await _schema.CreateMigrator().MigrateAsync(CancellationToken.None);
        var history = await HistoryAsync();

        var applied = await _schema.CreateMigrator().MigrateAsync(CancellationToken.None);

        Assert.Empty(applied);
        Assert.Equal(history, await HistoryAsync());
    }

    [Fact]
    public async Task Silos_starting_together_apply_each_migration_once_under_the_lock()
    {
        var dataSources = Enumerable.Range(0, 4).Select(_ => NpgsqlDataSource.Create(_schema.Options.ConnectionString!)).ToList();
        try
        {
            var migrators = dataSources.Select(dataSource =>
                new PostgreSqlSchemaMigrator(dataSource, _schema.Options, NullLogger<PostgreSqlSchemaMigrator>.Instance, EmbeddedMigrations.All)).ToList();

            var results = await Task.WhenAll(migrators.Select(migrator => Task.Run(() => migrator.MigrateAsync(CancellationToken.None))));

            Assert.Equal(
                EmbeddedMigrations.All.Select(m => m.Version),
                results.SelectMany(applied => applied).Select(m => m.Version).Order());
            Assert.Equal((long)EmbeddedMigrations.All.Count, await _schema.ScalarAsync<long>($"SELECT count(*) FROM \"{_schema.Name}\".schema_migrations"));
        }
        finally
        {
            foreach (var dataSource in dataSources)
            {
                await dataSource.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_migrator_waits_for_the_lock_another_holds()
    {
        await using var connection = await _schema.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            take.Parameters.AddWithValue("key", PostgreSqlSchemaMigrator.LockKey(_schema.Name));
            await take.ExecuteNonQueryAsync();
        }

        var migration = _schema.CreateMigrator().MigrateAsync(CancellationToken.None);
        await WaitUntilBlockedOnTheLockAsync(migration);
        Assert.False(migration.IsCompleted);
        await transaction.CommitAsync();

        Assert.Equal(EmbeddedMigrations.All.Count, (await migration).Count);
    }

    [Fact]
    public void The_lock_key_is_fixed_per_schema()
    {
        Assert.Equal(PostgreSqlSchemaMigrator.LockKey("asivado"), PostgreSqlSchemaMigrator.LockKey("asivado"));
        Assert.NotEqual(PostgreSqlSchemaMigrator.LockKey("asivado"), PostgreSqlSchemaMigrator.LockKey("t_other"));
    }

    [Fact]
    public async Task An_applied_migration_whose_checksum_changed_is_refused()
    {
        await _schema.CreateMigrator().MigrateAsync(CancellationToken.None);
        await _schema.ExecuteAsync($"UPDATE \"{_schema.Name}\".schema_migrations SET checksum = 'tampered' WHERE version = 1");
        var pending = new SchemaMigration(9001, "later", "CREATE TABLE later_table (id integer)");

        var refused = await Assert.ThrowsAsync<SchemaMigrationException>(
            () => _schema.CreateMigrator([.. EmbeddedMigrations.All, pending]).MigrateAsync(CancellationToken.None));

        Assert.Contains("0001_initial", refused.Message, StringComparison.Ordinal);
        Assert.Contains("tampered", refused.Message, StringComparison.Ordinal);
        Assert.Contains(EmbeddedMigrations.All[0].Checksum, refused.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await _schema.ScalarAsync<long>($"SELECT count(*) FROM pg_tables WHERE schemaname = '{_schema.Name}' AND tablename = 'later_table'"));
    }

    [Fact]
    public async Task New_migrations_are_applied_later_in_version_order()
    {
        await _schema.CreateMigrator().MigrateAsync(CancellationToken.None);
        var create = new SchemaMigration(9001, "create_probe", "CREATE TABLE probe (id integer)");
        var alter = new SchemaMigration(9002, "alter_probe", "ALTER TABLE probe ADD COLUMN note text");

        var applied = await _schema.CreateMigrator([alter, .. EmbeddedMigrations.All, create]).MigrateAsync(CancellationToken.None);

        Assert.Equal([9001, 9002], applied.Select(m => m.Version));
        Assert.Equal(
            "id,note",
            await _schema.ScalarAsync<string>(
                $"SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = '{_schema.Name}' AND table_name = 'probe'"));
    }

    [Fact]
    public async Task A_failing_migration_is_rolled_back_and_not_recorded()
    {
        var broken = new SchemaMigration(9001, "broken", "CREATE TABLE half_applied (id integer); SELECT no_such_column FROM half_applied");

        await Assert.ThrowsAsync<Npgsql.PostgresException>(
            () => _schema.CreateMigrator([.. EmbeddedMigrations.All, broken]).MigrateAsync(CancellationToken.None));

        Assert.Equal(
            string.Join(",", EmbeddedMigrations.All.Select(m => m.Version)),
            await _schema.ScalarAsync<string>($"SELECT string_agg(version::text, ',' ORDER BY version) FROM \"{_schema.Name}\".schema_migrations"));
        Assert.Equal(0L, await _schema.ScalarAsync<long>($"SELECT count(*) FROM pg_tables WHERE schemaname = '{_schema.Name}' AND tablename = 'half_applied'"));
    }

    [Fact]
    public void Checksums_ignore_line_ending_style()
    {
        Assert.Equal(
            new SchemaMigration(1, "a", "CREATE TABLE x (id integer);\nCREATE TABLE y (id integer);\n").Checksum,
            new SchemaMigration(1, "a", "CREATE TABLE x (id integer);\r\nCREATE TABLE y (id integer);\r\n").Checksum);
        Assert.NotEqual(
            new SchemaMigration(1, "a", "CREATE TABLE x (id integer);").Checksum,
            new SchemaMigration(1, "a", "CREATE TABLE x (id bigint);").Checksum);
    }

    /// <summary>Polls pg_locks (a database fact, not a clock) until a session waits for this schema's migration lock.</summary>
    private async Task WaitUntilBlockedOnTheLockAsync(Task migration)
    {
        var key = PostgreSqlSchemaMigrator.LockKey(_schema.Name);
        var sql = $"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = {(uint)(key >> 32)} AND objid = {(uint)key}";
        while (!migration.IsCompleted && await _schema.ScalarAsync<long>(sql) == 0)
        {
            await Task.Yield();
        }
    }

    private async Task<string> HistoryAsync() =>
        await _schema.ScalarAsync<string>(
            $"SELECT string_agg(version || ':' || checksum || ':' || applied_at::text, ',' ORDER BY version) FROM \"{_schema.Name}\".schema_migrations");
}
