using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Asivado.Grains.Runtime.Catalog;
using Asivado.Grains.Runtime.Storage;

namespace Asivado.Grains.Runtime.State;

/// <summary>The keyed collection of one activation, with the keys changed since the last write.</summary>
internal sealed class PersistentDictionary<TValue> : IPersistentDictionary<TValue>, IStateLoader
{
    private readonly ActivationData _activation;
    private readonly string _name;
    private readonly Dictionary<string, TValue> _entries = new(StringComparer.Ordinal);
    private HashSet<string> _changed = new(StringComparer.Ordinal);

    public PersistentDictionary(ActivationData activation, string name)
    {
        _activation = activation;
        _name = name;
    }

    public int Count => _entries.Count;

    public int PendingChanges => _changed.Count;

    public IEnumerable<string> Keys => _entries.Keys;

    public IEnumerable<TValue> Values => _entries.Values;

    public TValue this[string key] => _entries[key];

    private IGrainStorage Storage => _activation.Runtime.Storage;

    private JsonSerializerOptions SerializerOptions => _activation.Runtime.Options.StateSerializerOptions;

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
                ? JsonSerializer.SerializeToUtf8Bytes(value, SerializerOptions)
                : null));
        }

        try
        {
            await Storage.WriteEntriesAsync(_name, _activation.GrainId, changes, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _changed.UnionWith(keys);
            throw;
        }
    }

    async Task IStateLoader.ReadStateAsync(CancellationToken cancellationToken)
    {
        var stored = await Storage.ReadEntriesAsync(_name, _activation.GrainId, cancellationToken).ConfigureAwait(false);
        _entries.Clear();
        _changed.Clear();
        foreach (var entry in stored)
        {
            _entries[entry.Key] = JsonSerializer.Deserialize<TValue>(entry.Json, SerializerOptions)!;
        }
    }
}
