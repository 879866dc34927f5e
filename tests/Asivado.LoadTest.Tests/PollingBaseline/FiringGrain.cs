using System.Collections.Concurrent;
using Asivado.Orleans.Deadlines;

namespace Asivado.LoadTest.Tests.PollingBaseline;

[Alias("asivado.loadtest.tests.IFiringGrain")]
public interface IFiringGrain : IGrainWithStringKey, IDeadlineHandler;

/// <summary>Hands every deadline it receives to the test's <see cref="Firings"/>.</summary>
public sealed class FiringGrain(Firings firings) : Grain, IFiringGrain
{
    public Task ReceiveDeadline(DeadlineFiring firing)
    {
        firings.Add(this.GetPrimaryKeyString(), firing);
        return Task.CompletedTask;
    }
}

/// <summary>What the test grains received, in order, and a signal per count reached.</summary>
public sealed class Firings
{
    private readonly ConcurrentQueue<(string Key, DeadlineFiring Firing)> _received = new();
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<(string Key, DeadlineFiring Firing)> Received => [.. _received];

    /// <summary>Completes when the first firing arrived.</summary>
    public Task First => _first.Task;

    public void Add(string key, DeadlineFiring firing)
    {
        _received.Enqueue((key, firing));
        _first.TrySetResult();
    }
}
