using Asivado.Grains.Runtime.Catalog;
using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Tests.Support;
using Asivado.Grains.Runtime.Tests.TestGrains;

namespace Asivado.Grains.Runtime.Tests.Core;

public sealed class PersistentLogTests
{
    private readonly Probe _probe = new();

    [Fact]
    public async Task Entries_are_written_with_the_attached_state_and_read_back_in_order_after_reactivation()
    {
        var storage = new RecordingStorage(new Storage.MemoryGrainStorage());
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<JournalGrain>(), o => o.Storage = storage);
        var journal = host.GrainFactory.GetGrain<IJournalGrain>("j");
        for (var i = 1; i <= 12; i++)
        {
            await journal.Write($"entry {i}");
        }

        await journal.Deactivate();
        await host.WhenIdleAsync();

        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"entry {i}"), await journal.Read());
        Assert.Equal(12, storage.EntryWrites.Count);
        Assert.All(storage.EntryWrites, write => Assert.Single(write));
    }

    [Fact]
    public async Task Entries_staged_but_not_written_with_the_state_are_not_the_logs()
    {
        await using var host = await Hosts.StartAsync(_probe, o => o.AddGrain<JournalGrain>());
        var journal = host.GrainFactory.GetGrain<IJournalGrain>("j");
        await journal.Write("kept");
        await journal.Stage("never written");

        await journal.Deactivate();
        await host.WhenIdleAsync();

        Assert.Equal(["kept"], await journal.Read());
        Assert.Single(await host.Options.Storage.ReadEntriesAsync("entries", new GrainId("journal", "j")));
    }

    [Fact]
    public void A_log_attached_to_a_state_the_grain_does_not_have_is_refused_at_registration()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => GrainClassInfo.Create(typeof(DetachedJournalGrain)));

        Assert.Contains("attached to state 'missing'", refused.Message, StringComparison.Ordinal);
    }
}
