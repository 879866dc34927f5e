using System.Text;
using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Storage;
using Asivado.Grains.Runtime.Tests.Support;
using Asivado.Grains.Runtime.Tests.TestGrains;

namespace Asivado.Grains.Runtime.Tests.Core;

public sealed class PersistentDictionaryTests
{
    private static readonly GrainId Grain = new("tally", "t");

    private readonly Probe _probe = new();

    [Fact]
    public async Task Entries_are_stored_one_by_one_and_loaded_by_the_next_activation()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<TallyGrain>());
        var grain = host.GrainFactory.GetGrain<ITallyGrain>("t");
        await grain.Set("praise", 1);
        await grain.Set("criticism", 2);
        await grain.Set("praise", 3);
        await grain.Deactivate();
        await host.WhenIdleAsync();

        Assert.Equal(new Dictionary<string, int> { ["praise"] = 3, ["criticism"] = 2 }, await grain.All());
        Assert.Equal("last set praise", await grain.Title());
        var stored = (await host.Options.Storage.ReadEntriesAsync("tallies", Grain)).ToDictionary(e => e.Key, e => Encoding.UTF8.GetString(e.Json));
        Assert.Equal("""{"value":3}""", stored["praise"]);
        Assert.Equal("""{"value":2}""", stored["criticism"]);
    }

    [Fact]
    public async Task A_write_sends_only_the_entries_changed_since_the_last_one()
    {
        var storage = new RecordingStorage(new MemoryGrainStorage());
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<TallyGrain>(), o => o.Storage = storage);
        var grain = host.GrainFactory.GetGrain<ITallyGrain>("t");
        for (var i = 0; i < 10; i++)
        {
            await grain.Set($"k{i}", i);
        }

        await grain.Remove("k3");

        Assert.Equal(11, storage.EntryWrites.Count);
        Assert.All(storage.EntryWrites.Take(10), write => Assert.Single(write));
        var removal = Assert.Single(storage.EntryWrites[^1]);
        Assert.Equal("k3", removal.Key);
        Assert.True(removal.IsRemoval);
    }

    [Fact]
    public async Task Changes_not_written_are_lost_with_the_activation()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<TallyGrain>());
        var grain = host.GrainFactory.GetGrain<ITallyGrain>("t");
        await grain.Set("written", 1);
        await grain.SetUnsaved("unsaved", 2);
        Assert.Equal(2, (await grain.All()).Count);

        await grain.Deactivate();
        await host.WhenIdleAsync();

        Assert.Equal(new Dictionary<string, int> { ["written"] = 1 }, await grain.All());
    }

    [Fact]
    public async Task A_failed_write_keeps_its_changes_pending_for_the_next_one()
    {
        var storage = new RecordingStorage(new MemoryGrainStorage()) { FailNextEntryWrite = true };
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<TallyGrain>(), o => o.Storage = storage);
        var grain = host.GrainFactory.GetGrain<ITallyGrain>("t");

        await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Set("first", 1));
        await grain.Set("second", 2);
        await grain.Deactivate();
        await host.WhenIdleAsync();

        Assert.Equal(new Dictionary<string, int> { ["first"] = 1, ["second"] = 2 }, await grain.All());
    }
}
