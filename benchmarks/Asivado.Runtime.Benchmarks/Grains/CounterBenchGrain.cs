using Asivado.Grains.Runtime.Abstractions;

namespace Asivado.Runtime.Benchmarks.Grains;

public interface ICounterBenchGrain : IGrainWithIntegerKey
{
    Task<int> Add(int amount);
}

/// <summary>An empty grain with one synchronous method: measures the runtime, not the grain.</summary>
public sealed class CounterBenchGrain : Grain, ICounterBenchGrain
{
    private int _total;

    public Task<int> Add(int amount) => Task.FromResult(_total += amount);
}
