using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Tests.Support;

namespace Asivado.Grains.Runtime.Tests.TestGrains;

public interface ILifecycleGrain : IGrainWithStringKey
{
    /// <summary>Which activation of this grain answered: 1 for the first, 2 for the next...</summary>
    Task<int> Generation();

    Task Deactivate();

    Task<string> Key();
}

/// <summary>Records activations and deactivations; deactivation waits for gate "deactivate:{key}" when one is armed.</summary>
public sealed class LifecycleGrain : Grain, ILifecycleGrain
{
    private readonly Probe _probe;
    private int _generation;

    public LifecycleGrain(Probe probe)
    {
        _probe = probe;
        probe.Record($"constructed:{GetPrimaryKeyString()}");
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _generation = _probe.Count($"activated:{GetPrimaryKeyString()}") + 1;
        _probe.Record($"activated:{GetPrimaryKeyString()}");
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _probe.Record($"deactivating:{GetPrimaryKeyString()}:{reason.Code}");
        _probe.Signal($"deactivating:{GetPrimaryKeyString()}");
        if (GetPrimaryKeyString().StartsWith("slow", StringComparison.Ordinal))
        {
            await _probe.Gate($"deactivate:{GetPrimaryKeyString()}");
        }

        _probe.Record($"deactivated:{GetPrimaryKeyString()}");
    }

    public Task<int> Generation() => Task.FromResult(_generation);

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task<string> Key() => Task.FromResult(GetPrimaryKeyString());
}
