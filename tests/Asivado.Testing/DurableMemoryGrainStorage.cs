using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Orleans.Storage;

namespace Asivado.Testing;

/// <summary>
/// Grain state in a dictionary that outlives the silos of a test (one instance given to each restarted silo), so a
/// test can stop a silo and start another over the same state, as with a database. State is written as the
/// providers write it (<see cref="GrainStateJsonOptions"/>), with an ETag per write and
/// <see cref="InconsistentStateException"/> on a stale one.
/// </summary>
public sealed class DurableMemoryGrainStorage(JsonSerializerOptions serializerOptions) : IGrainStorage
{
    private readonly ConcurrentDictionary<(string StateName, GrainId GrainId), (byte[] Json, long Version)> _records = new();
    private long _version;

    public int Count => _records.Count;

    /// <summary>The stored JSON of a state, or null.</summary>
    public string? ReadJson(string stateName, GrainId grainId) =>
        _records.TryGetValue((stateName, grainId), out var record) ? System.Text.Encoding.UTF8.GetString(record.Json) : null;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_records.TryGetValue((stateName, grainId), out var record))
        {
            grainState.State = JsonSerializer.Deserialize<T>(record.Json, Options())!;
            grainState.ETag = Format(record.Version);
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(grainState.State, Options());
        var version = Interlocked.Increment(ref _version);
        var key = (stateName, grainId);
        lock (_records)
        {
            var stored = _records.TryGetValue(key, out var record) ? Format(record.Version) : null;
            if (stored != grainState.ETag)
            {
                throw new InconsistentStateException($"ETag mismatch for {stateName} of {grainId}.", stored ?? "", grainState.ETag ?? "");
            }

            _records[key] = (json, version);
        }

        grainState.ETag = Format(version);
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        lock (_records)
        {
            _records.TryRemove((stateName, grainId), out _);
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
        return Task.CompletedTask;
    }

    private JsonSerializerOptions Options() => serializerOptions;

    private static string Format(long version) => version.ToString(CultureInfo.InvariantCulture);
}
