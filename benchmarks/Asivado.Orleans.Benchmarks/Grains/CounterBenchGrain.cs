namespace Asivado.Orleans.Benchmarks.Grains;

[Alias("asivado.bench.ICounterBenchGrain")]
public interface ICounterBenchGrain : IGrainWithIntegerKey
{
    [Alias("add")]
    Task<int> Add(int amount);
}

/// <summary>An empty grain with one synchronous method: measures the runtime, not the grain (as wave 1's did).</summary>
public sealed class CounterBenchGrain : Grain, ICounterBenchGrain
{
    private int _total;

    public Task<int> Add(int amount) => Task.FromResult(_total += amount);
}
