using Asivado.Grains.Departments;
using Asivado.Grains.Tests.Support;
using Asivado.Orleans.Persistence.Entries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static Asivado.Grains.Tests.Departments.Entries;

namespace Asivado.Grains.Tests.Departments;

/// <summary>
/// A department's writes are held by the test: while one is in flight, the department still takes the next cases,
/// and writes them together once it is done. Nothing here depends on timing: the held write is awaited as an event.
/// </summary>
public sealed class DepartmentGroupCommitTests
{
    [Fact]
    public async Task Cases_tracked_while_a_write_is_in_flight_are_taken_at_once_and_written_together()
    {
        var storage = new HeldEntryStorage();
        await using var host = await GrainsTestHost.StartAsync(configure: options => options.ConfigureSilo = silo =>
            silo.Services.Replace(ServiceDescriptor.Singleton<IGrainEntryStorage>(storage)));
        var billing = host.GrainFactory.GetGrain<IDepartmentGrain>("billing");
        await billing.Get();
        storage.Hold();

        var first = billing.TrackCase(Queued("C-0"));
        await storage.WhenHeld;
        var others = Enumerable.Range(1, 20).Select(i => billing.TrackCase(Queued($"C-{i}"))).ToList();
        // Waits for the state the department reports: all 21 taken in while the first write is still held.
        while ((await billing.GetQueue())!.Entries.Count < 21)
        {
            Assert.False(first.IsCompleted);
        }

        Assert.False(first.IsCompleted);
        Assert.All(others, call => Assert.False(call.IsCompleted));
        var writesBefore = storage.Writes;
        Assert.Equal(0, writesBefore);

        storage.Release();
        await first;
        await Task.WhenAll(others);

        Assert.Equal(2, storage.Writes - writesBefore); // the held write, and one for the 20 that came meanwhile
        Assert.Equal(21, storage.Stored(billing.GetGrainId()));
    }

    /// <summary>Memory entries whose department writes can be held open.</summary>
    private sealed class HeldEntryStorage : IGrainEntryStorage
    {
        private readonly MemoryGrainEntryStorage _inner = new();
        private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TaskCompletionSource? _gate;
        private int _writes;

        public Task WhenHeld => _held.Task;

        public int Writes => Volatile.Read(ref _writes);

        public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _gate?.TrySetResult();

        public int Stored(GrainId department) => _inner.ReadEntriesAsync("open-cases", department).Result.Count;

        public Task<IReadOnlyList<StoredGrainEntry>> ReadEntriesAsync(string name, GrainId grainId, CancellationToken cancellationToken = default) =>
            _inner.ReadEntriesAsync(name, grainId, cancellationToken);

        public async Task WriteEntriesAsync(string name, GrainId grainId, IReadOnlyList<GrainEntryChange> changes, CancellationToken cancellationToken = default)
        {
            if (name == "open-cases" && _gate is { } gate)
            {
                _held.TrySetResult();
                await gate.Task;
                Interlocked.Increment(ref _writes);
            }

            await _inner.WriteEntriesAsync(name, grainId, changes, cancellationToken);
        }
    }
}
