using BenchmarkDotNet.Attributes;

namespace Asivado.Orleans.Benchmarks.Grains;

/// <summary>Calls on activated grains: one caller in a loop, and 100 concurrent callers on distinct grains.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class GrainCallBenchmarks
{
    private const int CallsPerCaller = 1_000;
    private const int Callers = 100;
    private BenchmarkSilo _runtime = null!;
    private ICounterBenchGrain[] _grains = null!;

    [GlobalSetup]
    public void Setup()
    {
        _runtime = BenchmarkSilo.Start();
        _grains = Enumerable.Range(0, Callers).Select(i => _runtime.GrainFactory.GetGrain<ICounterBenchGrain>(i)).ToArray();
        Task.WhenAll(_grains.Select(g => g.Add(0))).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _runtime.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = CallsPerCaller)]
    public async Task<int> OneCaller()
    {
        var grain = _grains[0];
        var total = 0;
        for (var i = 0; i < CallsPerCaller; i++)
        {
            total = await grain.Add(1);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = CallsPerCaller * Callers)]
    public Task HundredConcurrentCallers() =>
        Task.WhenAll(_grains.Select(grain => Task.Run(async () =>
        {
            for (var i = 0; i < CallsPerCaller; i++)
            {
                await grain.Add(1);
            }
        })));
}
