using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Tests.Support;

namespace Asivado.Grains.Runtime.Tests.TestGrains;

public interface IPatientLifecycleGrain : IGrainWithStringKey
{
    Task<string> Ping();

    Task Deactivate();
}

/// <summary>
/// Waits in OnActivateAsync (keys starting "activate") until its token is cancelled or gate "release:{key}" opens,
/// and in its first OnDeactivateAsync (keys starting "deactivate") until its token is cancelled, recording when it
/// started waiting and when the token fired. Activation rethrows the cancellation; deactivation swallows it.
/// </summary>
public sealed class PatientLifecycleGrain(Probe probe) : Grain, IPatientLifecycleGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!GetPrimaryKeyString().StartsWith("activate", StringComparison.Ordinal))
        {
            return;
        }

        probe.Record($"activating:{GetPrimaryKeyString()}");
        var cancelled = Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        await Task.WhenAny(cancelled, probe.Gate($"release:{GetPrimaryKeyString()}"));
        if (cancellationToken.IsCancellationRequested)
        {
            probe.Record($"activation-cancelled:{GetPrimaryKeyString()}");
            await cancelled;
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (!GetPrimaryKeyString().StartsWith("deactivate", StringComparison.Ordinal) || probe.Count($"deactivating:{GetPrimaryKeyString()}") > 0)
        {
            return;
        }

        probe.Record($"deactivating:{GetPrimaryKeyString()}");
        probe.Signal($"deactivating:{GetPrimaryKeyString()}");
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            probe.Record($"deactivation-cancelled:{GetPrimaryKeyString()}");
        }
    }

    public Task<string> Ping() => Task.FromResult(GetPrimaryKeyString());

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
