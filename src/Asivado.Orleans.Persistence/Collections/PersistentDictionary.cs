using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Asivado.Orleans.Persistence.Entries;

namespace Asivado.Orleans.Persistence.Collections;

/// <summary>The keyed collection of one activation, with the keys changed since the last write; loaded in the grain's SetupState stage.</summary>
internal sealed class PersistentDictionary<TValue> : IPersistentDictionary<TValue>, ILifecycleObserver
{
    private readonly GrainId _grainId;
    private readonly string _name;
    private readonly IGrainEntryStorage _storage;
    private readonly JsonSerializerOptions _serializerOptions;
    private readonly Dictionary<string, TValue> _entries = new(StringComparer.Ordinal);
    private HashSet<string> _changed = new(StringComparer.Ordinal);

    public PersistentDictionary(IGrainContext context, string name, IGrainEntryStorage storage, JsonSerializerOptions serializerOptions)
    {
        _grainId = context.GrainId;
        _name = name;
        _storage = storage;
        _serializerOptions = serializerOptions;
        context.ObservableLifecycle.Subscribe($"{nameof(PersistentDictionary<TValue>)}:{name}", GrainLifecycleStage.SetupState, this);
    }

    public int Count => _entries.Count;

    public int PendingChanges => _changed.Count;

    public IEnumerable<string> Keys => _entries.Keys;

    public IEnumerable<TValue> Values => _entries.Values;

    public TValue this[string key] => _entries[key];

    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value) => _entries.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Set(string key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        _entries[key] = value;
        _changed.Add(key);
    }

    public bool Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_entries.Remove(key))
        {
            return false;
        }

        _changed.Add(key);
        return true;
    }

    public async Task WriteChangesAsync(CancellationToken cancellationToken = default)
    {
        if (_changed.Count == 0)
        {
            return;
        }

        var keys = _changed;
        _changed = new HashSet<string>(StringComparer.Ordinal);
        var changes = new List<GrainEntryChange>(keys.Count);
        foreach (var key in keys)
        {
            changes.Add(new GrainEntryChange(key, _entries.TryGetValue(key, out var value)
                ? JsonSerializer.SerializeToUtf8Bytes(value, _serializerOptions)
                : null));
        }

        try
        {
            await _storage.WriteEntriesAsync(_name, _grainId, changes, cancellationToken).ConfigureAwait(true);
        }
        catch
        {
            _changed.UnionWith(keys);
            throw;
        }
    }

    async Task ILifecycleObserver.OnStart(CancellationToken cancellationToken)
    {
        var stored = await _storage.ReadEntriesAsync(_name, _grainId, cancellationToken).ConfigureAwait(true);
        _entries.Clear();
        _changed.Clear();
        foreach (var entry in stored)
        {
            _entries[entry.Key] = JsonSerializer.Deserialize<TValue>(entry.Json, _serializerOptions)!;
        }
    }

    Task ILifecycleObserver.OnStop(CancellationToken cancellationToken) => Task.CompletedTask;
}
