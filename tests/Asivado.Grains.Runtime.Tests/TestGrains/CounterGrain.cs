using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.State;
using Asivado.Grains.Runtime.Tests.Support;

namespace Asivado.Grains.Runtime.Tests.TestGrains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Increment();

    [ReadOnly]
    Task<int> Get();

    /// <summary>The value the state held when OnActivateAsync ran.</summary>
    Task<int> ValueOnActivate();

    Task Clear();

    Task<bool> Exists();

    Task Deactivate();
}

public sealed class CounterState
{
    public int Value { get; set; }
}

public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> counter, Probe probe) : Grain, ICounterGrain
{
    private int _valueOnActivate;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _valueOnActivate = counter.State.Value;
        probe.Record($"activated:{GetPrimaryKeyString()}");
        return Task.CompletedTask;
    }

    public async Task<int> Increment()
    {
        counter.State.Value++;
        await counter.WriteStateAsync();
        return counter.State.Value;
    }

    public Task<int> Get() => Task.FromResult(counter.State.Value);

    public Task<int> ValueOnActivate() => Task.FromResult(_valueOnActivate);

    public Task Clear() => counter.ClearStateAsync();

    public Task<bool> Exists() => Task.FromResult(counter.RecordExists);

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
