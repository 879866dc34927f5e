using System.Text;
using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Storage;

namespace Asivado.Grains.Runtime.Tests.Providers;

/// <summary>The keyed-collection part of <see cref="IGrainStorage"/> every provider shares; one subclass per provider.</summary>
public abstract class GrainEntryStorageContractTests : IAsyncLifetime
{
    private const string Collection = "open-cases";
    private static readonly GrainId Grain = new("department", "billing");

    private IGrainStorage? _storage;

    private IGrainStorage Storage => _storage ?? throw new InvalidOperationException("The storage is created in InitializeAsync.");

    public async Task InitializeAsync() => _storage = await CreateStorageAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected abstract Task<IGrainStorage> CreateStorageAsync();

    [Fact]
    public async Task A_collection_never_written_reads_empty()
    {
        Assert.Empty(await Storage.ReadEntriesAsync(Collection, Grain));
    }

    [Fact]
    public async Task Entries_read_back_byte_for_byte()
    {
        await Storage.WriteEntriesAsync(Collection, Grain, [Change("C-1", """{ "subject" : "Grüße ✓" }"""), Change("C-2", """{"n":2}""")]);

        var stored = await ReadAsync();

        Assert.Equal(["C-1", "C-2"], stored.Keys);
        Assert.Equal("""{ "subject" : "Grüße ✓" }""", stored["C-1"]);
        Assert.Equal("""{"n":2}""", stored["C-2"]);
    }

    [Fact]
    public async Task A_write_replaces_and_removes_only_the_entries_it_names()
    {
        await Storage.WriteEntriesAsync(Collection, Grain, [Change("C-1", "1"), Change("C-2", "2"), Change("C-3", "3")]);

        await Storage.WriteEntriesAsync(Collection, Grain, [Change("C-2", "22"), Removal("C-3"), Change("C-4", "4")]);

        var stored = await ReadAsync();
        Assert.Equal(["C-1", "C-2", "C-4"], stored.Keys);
        Assert.Equal("1", stored["C-1"]);
        Assert.Equal("22", stored["C-2"]);
        Assert.Equal("4", stored["C-4"]);
    }

    [Fact]
    public async Task Removing_a_missing_entry_changes_nothing()
    {
        await Storage.WriteEntriesAsync(Collection, Grain, [Change("C-1", "1")]);

        await Storage.WriteEntriesAsync(Collection, Grain, [Removal("C-9")]);

        Assert.Equal(["C-1"], (await ReadAsync()).Keys);
    }

    [Fact]
    public async Task Collections_of_other_grains_and_names_are_apart()
    {
        var other = new GrainId("department", "technical");
        await Storage.WriteEntriesAsync(Collection, Grain, [Change("C-1", "billing")]);
        await Storage.WriteEntriesAsync(Collection, other, [Change("C-1", "technical")]);
        await Storage.WriteEntriesAsync("feed", Grain, [Change("C-1", "feed")]);

        await Storage.WriteEntriesAsync(Collection, other, [Removal("C-1")]);

        Assert.Equal("billing", (await ReadAsync())["C-1"]);
        Assert.Empty(await Storage.ReadEntriesAsync(Collection, other));
        Assert.Equal("feed", Text(Assert.Single(await Storage.ReadEntriesAsync("feed", Grain)).Json));
    }

    [Fact]
    public async Task Many_grains_writing_at_once_each_keep_their_own_entries()
    {
        var grains = Enumerable.Range(0, 200).Select(i => new GrainId("agent", $"agent-{i}")).ToList();

        await Task.WhenAll(grains.Select(grain => Storage.WriteEntriesAsync("feed", grain, [Change("1", grain.Key), Change("2", grain.Key + "/2")])));

        var read = await Task.WhenAll(grains.Select(grain => Storage.ReadEntriesAsync("feed", grain)));
        for (var i = 0; i < grains.Count; i++)
        {
            var entries = read[i].ToDictionary(e => e.Key, e => Text(e.Json));
            Assert.Equal(grains[i].Key, entries["1"]);
            Assert.Equal(grains[i].Key + "/2", entries["2"]);
        }
    }

    [Fact]
    public async Task An_empty_write_is_a_no_op()
    {
        await Storage.WriteEntriesAsync(Collection, Grain, []);

        Assert.Empty(await Storage.ReadEntriesAsync(Collection, Grain));
    }

    [Fact]
    public async Task A_state_write_carries_the_entries_of_its_log()
    {
        var first = await Storage.WriteAsync("case", Grain, Encoding.UTF8.GetBytes("""{"historyCount":1}"""), null, [new GrainEntryWrite("history", [Change("1", "\"opened\"")])]);
        await Storage.WriteAsync("case", Grain, Encoding.UTF8.GetBytes("""{"historyCount":2}"""), first, [new GrainEntryWrite("history", [Change("2", "\"acknowledged\"")])]);

        var history = (await Storage.ReadEntriesAsync("history", Grain)).ToDictionary(e => e.Key, e => Text(e.Json));
        Assert.Equal(new Dictionary<string, string> { ["1"] = "\"opened\"", ["2"] = "\"acknowledged\"" }, history);
        Assert.Equal("""{"historyCount":2}""", Text((await Storage.ReadAsync("case", Grain))!.Json));
    }

    [Fact]
    public async Task A_conflicting_state_write_with_entries_fails_and_writes_neither()
    {
        var eTag = await Storage.WriteAsync("case", Grain, Encoding.UTF8.GetBytes("""{"historyCount":1}"""), null, [new GrainEntryWrite("history", [Change("1", "1")])]);
        await Storage.WriteAsync("case", Grain, Encoding.UTF8.GetBytes("""{"historyCount":2}"""), eTag, [new GrainEntryWrite("history", [Change("2", "2")])]);

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            Storage.WriteAsync("case", Grain, Encoding.UTF8.GetBytes("""{"historyCount":9}"""), eTag, [new GrainEntryWrite("history", [Change("2", "stale")])]));

        Assert.Equal("""{"historyCount":2}""", Text((await Storage.ReadAsync("case", Grain))!.Json));
        Assert.Equal("2", Text(Assert.Single(await Storage.ReadEntriesAsync("history", Grain), e => e.Key == "2").Json));
    }

    private async Task<SortedDictionary<string, string>> ReadAsync() =>
        new((await Storage.ReadEntriesAsync(Collection, Grain)).ToDictionary(e => e.Key, e => Text(e.Json)), StringComparer.Ordinal);

    private static GrainEntryChange Change(string key, string json) => new(key, Encoding.UTF8.GetBytes(json));

    private static GrainEntryChange Removal(string key) => new(key, null);

    private static string Text(byte[] json) => Encoding.UTF8.GetString(json);
}
