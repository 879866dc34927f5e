using Asivado.Orleans.Persistence.Entries;
using Asivado.Orleans.PostgreSql.Tests.Support;
using Orleans.Runtime;

namespace Asivado.Orleans.PostgreSql.Tests.Entries;

public sealed class PostgreSqlGrainEntryStorageTests : IAsyncLifetime
{
    private const string Collection = "open-cases";
    private static readonly GrainId Grain = GrainId.Create("department", "billing");

    private PostgreSqlTestSchema _schema = null!;
    private IGrainEntryStorage _storage = null!;

    public async Task InitializeAsync()
    {
        _schema = await PostgreSqlTestSchema.CreateMigratedAsync();
        _storage = _schema.CreateEntryStorage();
    }

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    [Fact]
    public async Task A_collection_never_written_reads_empty()
    {
        Assert.Empty(await _storage.ReadEntriesAsync(Collection, Grain));
    }

    [Fact]
    public async Task Entries_read_back_byte_for_byte()
    {
        await _storage.WriteEntriesAsync(Collection, Grain, [Change("C-1", """{ "subject" : "Grüße ✓" }"""), Change("C-2", """{"n":2}""")]);

        var stored = await ReadAsync();

        Assert.Equal(["C-1", "C-2"], stored.Keys);
        Assert.Equal("""{ "subject" : "Grüße ✓" }""", stored["C-1"]);
        Assert.Equal("""{"n":2}""", stored["C-2"]);
    }

    [Fact]
    public async Task A_write_sets_and_removes_only_the_entries_it_names()
    {
        await _storage.WriteEntriesAsync(Collection, Grain, [Change("C-1", "1"), Change("C-2", "2"), Change("C-3", "3")]);

        await _storage.WriteEntriesAsync(Collection, Grain, [Change("C-2", "22"), Removal("C-3"), Change("C-4", "4")]);

        var stored = await ReadAsync();
        Assert.Equal(["C-1", "C-2", "C-4"], stored.Keys);
        Assert.Equal(("1", "22", "4"), (stored["C-1"], stored["C-2"], stored["C-4"]));
    }

    [Fact]
    public async Task Removing_a_missing_entry_changes_nothing()
    {
        await _storage.WriteEntriesAsync(Collection, Grain, [Change("C-1", "1")]);

        await _storage.WriteEntriesAsync(Collection, Grain, [Removal("C-9")]);

        Assert.Equal(["C-1"], (await ReadAsync()).Keys);
    }

    [Fact]
    public async Task A_write_that_fails_applies_none_of_its_changes()
    {
        await _storage.WriteEntriesAsync(Collection, Grain, [Change("C-1", "1"), Change("C-2", "2")]);
        await _schema.ExecuteAsync($"""
            CREATE FUNCTION "{_schema.Name}".refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.entry_key = 'poison' THEN RAISE EXCEPTION 'poison refused'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_poison BEFORE INSERT ON "{_schema.Name}".grain_entries
                FOR EACH ROW EXECUTE FUNCTION "{_schema.Name}".refuse_poison();
            """);

        await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            _storage.WriteEntriesAsync(Collection, Grain, [Change("C-1", "changed"), Removal("C-2"), Change("poison", "x")]));

        var stored = await ReadAsync();
        Assert.Equal(["C-1", "C-2"], stored.Keys);
        Assert.Equal("1", stored["C-1"]);
    }

    [Fact]
    public async Task Collections_of_other_grains_types_and_names_are_apart()
    {
        var other = GrainId.Create("department", "technical");
        var otherType = GrainId.Create("agent", "billing");
        await _storage.WriteEntriesAsync(Collection, Grain, [Change("C-1", "billing")]);
        await _storage.WriteEntriesAsync(Collection, other, [Change("C-1", "technical")]);
        await _storage.WriteEntriesAsync(Collection, otherType, [Change("C-1", "agent")]);
        await _storage.WriteEntriesAsync("feed", Grain, [Change("C-1", "feed")]);

        await _storage.WriteEntriesAsync(Collection, other, [Removal("C-1")]);

        Assert.Equal("billing", (await ReadAsync())["C-1"]);
        Assert.Empty(await _storage.ReadEntriesAsync(Collection, other));
        Assert.Equal("agent", Json.Text(Assert.Single(await _storage.ReadEntriesAsync(Collection, otherType)).Json));
        Assert.Equal("feed", Json.Text(Assert.Single(await _storage.ReadEntriesAsync("feed", Grain)).Json));
    }

    [Fact]
    public async Task Many_grains_writing_at_once_each_keep_their_own_entries()
    {
        var grains = Enumerable.Range(0, 200).Select(i => GrainId.Create("agent", $"agent-{i}")).ToList();
        await Task.WhenAll(grains.Select(grain => _storage.WriteEntriesAsync("feed", grain, [Change("1", $"\"{grain.Key}\""), Change("2", "2")])));

        var read = await Task.WhenAll(grains.Select(grain => _storage.ReadEntriesAsync("feed", grain)));
        for (var i = 0; i < grains.Count; i++)
        {
            var entries = read[i].ToDictionary(e => e.Key, e => Json.Text(e.Json));
            Assert.Equal($"\"{grains[i].Key}\"", entries["1"]);
            Assert.Equal("2", entries["2"]);
        }
    }

    [Fact]
    public async Task An_empty_write_is_a_no_op_and_a_repeated_key_is_refused()
    {
        await _storage.WriteEntriesAsync(Collection, Grain, []);

        await Assert.ThrowsAsync<ArgumentException>(() => _storage.WriteEntriesAsync(Collection, Grain, [Change("C-1", "1"), Removal("C-1")]));
        Assert.Empty(await _storage.ReadEntriesAsync(Collection, Grain));
    }

    private async Task<SortedDictionary<string, string>> ReadAsync() =>
        new((await _storage.ReadEntriesAsync(Collection, Grain)).ToDictionary(e => e.Key, e => Json.Text(e.Json)), StringComparer.Ordinal);

    private static GrainEntryChange Change(string key, string json) => new(key, Json.Bytes(json));

    private static GrainEntryChange Removal(string key) => new(key, null);
}
