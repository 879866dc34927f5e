using System.Globalization;
using System.Text.Json;
using Asivado.Grains.Runtime.Catalog;
using Asivado.Grains.Runtime.Storage;

namespace Asivado.Grains.Runtime.State;

/// <summary>The log of one activation: only its staged entries are in memory.</summary>
internal sealed class PersistentLog<TEntry> : IPersistentLog<TEntry>, IStateLoader, IAttachedLog
{
    private readonly ActivationData _activation;
    private readonly Dictionary<long, TEntry> _pending = [];

    public PersistentLog(ActivationData activation, string name, string attachedTo)
    {
        _activation = activation;
        Name = name;
        AttachedTo = attachedTo;
    }

    public string Name { get; }

    public string AttachedTo { get; }

    public int PendingCount => _pending.Count;

    private JsonSerializerOptions SerializerOptions => _activation.Runtime.Options.StateSerializerOptions;

    public void Append(long sequence, TEntry entry)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        _pending[sequence] = entry;
    }

    public void DiscardPending() => _pending.Clear();

    public async Task<IReadOnlyList<TEntry>> ReadAsync(long count, CancellationToken cancellationToken = default)
    {
        var stored = await _activation.Runtime.Storage.ReadEntriesAsync(Name, _activation.GrainId, cancellationToken).ConfigureAwait(false);
        return [.. stored
            .Select(entry => (Sequence: long.Parse(entry.Key, NumberStyles.None, CultureInfo.InvariantCulture), entry.Json))
            .Where(entry => entry.Sequence <= count)
            .OrderBy(entry => entry.Sequence)
            .Select(entry => JsonSerializer.Deserialize<TEntry>(entry.Json, SerializerOptions)!)];
    }

    /// <summary>Takes the staged entries for a write of the attached state; they are gone from here whatever its outcome.</summary>
    public GrainEntryWrite? TakePending()
    {
        if (_pending.Count == 0)
        {
            return null;
        }

        var changes = _pending
            .Select(pair => new GrainEntryChange(pair.Key.ToString(CultureInfo.InvariantCulture), JsonSerializer.SerializeToUtf8Bytes(pair.Value, SerializerOptions)))
            .ToList();
        _pending.Clear();
        return new GrainEntryWrite(Name, changes);
    }

    // Nothing to load: the log is read on demand.
    Task IStateLoader.ReadStateAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
