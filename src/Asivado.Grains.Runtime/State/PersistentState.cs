using System.Text.Json;
using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Catalog;
using Asivado.Grains.Runtime.Storage;

namespace Asivado.Grains.Runtime.State;

/// <summary>JSON state of one activation in <see cref="IGrainStorage"/>, with ETag concurrency.</summary>
internal sealed class PersistentState<TState> : IPersistentState<TState>, IStateLoader, IAttachableState
{
    private readonly ActivationData _activation;
    private readonly string _stateName;
    private readonly Func<TState> _createDefault;
    private List<IAttachedLog>? _logs;

    public PersistentState(ActivationData activation, string stateName, Func<TState> createDefault)
    {
        _activation = activation;
        _stateName = stateName;
        _createDefault = createDefault;
        State = createDefault();
    }

    public TState State { get; set; }

    public string? Etag { get; private set; }

    public bool RecordExists => Etag is not null;

    public string StateName => _stateName;

    private IGrainStorage Storage => _activation.Runtime.Storage;

    private JsonSerializerOptions SerializerOptions => _activation.Runtime.Options.StateSerializerOptions;

    public async Task ReadStateAsync(CancellationToken cancellationToken = default)
    {
        var stored = await Storage.ReadAsync(_stateName, _activation.GrainId, cancellationToken).ConfigureAwait(false);
        State = stored is null ? _createDefault() : JsonSerializer.Deserialize<TState>(stored.Json, SerializerOptions) ?? _createDefault();
        Etag = stored?.ETag;
    }

    public async Task WriteStateAsync(CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(State, SerializerOptions);
        var entries = _logs?.Select(log => log.TakePending()).OfType<GrainEntryWrite>().ToList();
        try
        {
            Etag = entries is { Count: > 0 }
                ? await Storage.WriteAsync(_stateName, _activation.GrainId, json, Etag, entries, cancellationToken).ConfigureAwait(false)
                : await Storage.WriteAsync(_stateName, _activation.GrainId, json, Etag, cancellationToken).ConfigureAwait(false);
        }
        catch (InconsistentStateException)
        {
            DeactivateAfterConflict();
            throw;
        }
    }

    public async Task ClearStateAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await Storage.ClearAsync(_stateName, _activation.GrainId, Etag, cancellationToken).ConfigureAwait(false);
        }
        catch (InconsistentStateException)
        {
            DeactivateAfterConflict();
            throw;
        }

        Etag = null;
        State = _createDefault();
    }

    /// <summary>Makes the writes of this state carry the log's staged entries.</summary>
    public void Attach(IAttachedLog log) => (_logs ??= []).Add(log);

    Task IStateLoader.ReadStateAsync(CancellationToken cancellationToken) => ReadStateAsync(cancellationToken);

    private void DeactivateAfterConflict() => _activation.RequestDeactivation(new DeactivationReason(
        DeactivationReasonCode.ApplicationError,
        $"State '{_stateName}' was written by someone else; the activation reloads it on its next call."));
}
