using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Storage;

namespace Asivado.Grains.Runtime.Tests.Support;

/// <summary>Passes everything to another storage, recording each entry write; can fail the next entry write once.</summary>
public sealed class RecordingStorage(IGrainStorage inner) : IGrainStorage
{
    private readonly List<IReadOnlyList<GrainEntryChange>> _entryWrites = [];

    public bool FailNextEntryWrite { get; set; }

    public IReadOnlyList<IReadOnlyList<GrainEntryChange>> EntryWrites
    {
        get
        {
            lock (_entryWrites)
            {
                return [.. _entryWrites];
            }
        }
    }

    public Task<StoredGrainState?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(stateName, grainId, cancellationToken);

    public Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> json, string? expectedETag, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(stateName, grainId, json, expectedETag, cancellationToken);

    public Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> json, string? expectedETag, IReadOnlyList<GrainEntryWrite> entries, CancellationToken cancellationToken = default)
    {
        lock (_entryWrites)
        {
            _entryWrites.AddRange(entries.Select(write => write.Changes));
        }

        return inner.WriteAsync(stateName, grainId, json, expectedETag, entries, cancellationToken);
    }

    public Task ClearAsync(string stateName, GrainId grainId, string? expectedETag, CancellationToken cancellationToken = default) =>
        inner.ClearAsync(stateName, grainId, expectedETag, cancellationToken);

    public Task<IReadOnlyList<StoredGrainEntry>> ReadEntriesAsync(string name, GrainId grainId, CancellationToken cancellationToken = default) =>
        inner.ReadEntriesAsync(name, grainId, cancellationToken);

    public Task WriteEntriesAsync(string name, GrainId grainId, IReadOnlyList<GrainEntryChange> changes, CancellationToken cancellationToken = default)
    {
        if (FailNextEntryWrite)
        {
            FailNextEntryWrite = false;
            return Task.FromException(new InvalidOperationException("The storage refused this write (test)."));
        }

        lock (_entryWrites)
        {
            _entryWrites.Add([.. changes]);
        }

        return inner.WriteEntriesAsync(name, grainId, changes, cancellationToken);
    }
}
