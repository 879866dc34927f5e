using Asivado.Grains.Runtime.PostgreSql.Migrations;
using Npgsql;

namespace Asivado.Grains.Runtime.Tests.Providers;

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
        Assert.Equal(
            string.Join(",", EmbeddedMigrations.All.Select(m => $"{m.Version}:{m.Name}:{m.Checksum}")),
            await _schema.ScalarAsync<string>($"SELECT string_agg(version || ':' || name || ':' || checksum, ',' ORDER BY version) FROM \"{_schema.Name}\".schema_migrations"));
        Assert.Equal(
            "grain_entries,grain_state,reminders,schema_migrations",
            await _schema.ScalarAsync<string>($"SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = '{_schema.Name}'"));
        Assert.Equal(
            "grain_entries_pk,grain_state_grain_hash_idx,grain_state_pk,reminders_due_at_idx,reminders_grain_hash_idx,reminders_pk,schema_migrations_pkey",
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
    public async Task Two_migrators_starting_together_apply_each_migration_once()
    {
        await using var otherDataSource = Npgsql.NpgsqlDataSource.Create(_schema.Options.ConnectionString!);
        var other = new PostgreSqlSchemaMigrator(
            otherDataSource, _schema.Options, Microsoft.Extensions.Logging.Abstractions.NullLogger<PostgreSqlSchemaMigrator>.Instance, EmbeddedMigrations.All);

        var results = await Task.WhenAll(
            Task.Run(() => _schema.CreateMigrator().MigrateAsync(CancellationToken.None)),
            Task.Run(() => other.MigrateAsync(CancellationToken.None)));

        Assert.Equal(
            EmbeddedMigrations.All.Select(m => m.Version),
            results.SelectMany(applied => applied).Select(m => m.Version).Order());
        Assert.Equal((long)EmbeddedMigrations.All.Count, await _schema.ScalarAsync<long>($"SELECT count(*) FROM \"{_schema.Name}\".schema_migrations"));
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

    private async Task<string> HistoryAsync() =>
        await _schema.ScalarAsync<string>(
            $"SELECT string_agg(version || ':' || checksum || ':' || applied_at::text, ',' ORDER BY version) FROM \"{_schema.Name}\".schema_migrations");
}
