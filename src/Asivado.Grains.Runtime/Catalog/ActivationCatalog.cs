using System.Collections.Concurrent;
using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Hosting;
using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.Catalog;

/// <summary>The activations of this process, one per grain id, and their idle collection.</summary>
internal sealed class ActivationCatalog : IDisposable
{
    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();
    private readonly GrainRuntime _runtime;
    private ITimer? _collectionTimer;

    public ActivationCatalog(GrainRuntime runtime)
    {
        _runtime = runtime;
    }

    public int Count => _activations.Count;

    /// <summary>The current activation of the grain, creating and starting one when there is none.</summary>
    public ActivationData GetOrCreate(GrainId grainId, GrainClassInfo grainClass)
    {
        if (_activations.TryGetValue(grainId, out var existing))
        {
            return existing;
        }

        var created = new ActivationData(_runtime, grainId, grainClass);
        var activation = _activations.GetOrAdd(grainId, created);
        if (ReferenceEquals(activation, created))
        {
            _ = created.ActivateAsync();
        }

        return activation;
    }

    public bool TryGet(GrainId grainId, out ActivationData? activation) => _activations.TryGetValue(grainId, out activation);

    public void Remove(ActivationData activation) =>
        _activations.TryRemove(new KeyValuePair<GrainId, ActivationData>(activation.GrainId, activation));

    public void StartCollection()
    {
        var quantum = _runtime.Options.CollectionQuantum;
        _collectionTimer = _runtime.Time.CreateTimer(static state => ((ActivationCatalog)state!).CollectIdle(), this, quantum, quantum);
    }

    /// <summary>Deactivates every activation, running OnDeactivateAsync, until none is left.</summary>
    public async Task DeactivateAllAsync()
    {
        var reason = new DeactivationReason(DeactivationReasonCode.ShuttingDown, "The grain runtime is stopping.");
        while (!_activations.IsEmpty)
        {
            var activations = _activations.Values.ToArray();
            foreach (var activation in activations)
            {
                activation.RequestDeactivation(reason);
            }

            await Task.WhenAll(activations.Select(a => a.WhenDeactivated())).ConfigureAwait(false);
        }
    }

    public void Dispose() => _collectionTimer?.Dispose();

    private void CollectIdle()
    {
        var cutoff = (_runtime.Time.GetUtcNow() - _runtime.Options.CollectionAge).UtcTicks;
        var collected = 0;
        foreach (var activation in _activations.Values)
        {
            if (activation.TryCollect(cutoff))
            {
                collected++;
            }
        }

        if (collected > 0)
        {
            _runtime.Log.CollectedIdle(collected);
        }
    }
}
