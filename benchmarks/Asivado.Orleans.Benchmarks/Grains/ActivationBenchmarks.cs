using BenchmarkDotNet.Attributes;

namespace Asivado.Orleans.Benchmarks.Grains;

/// <summary>
/// The first call to a new grain (construct, activate, run), and the memory an idle activation keeps:
/// each invocation activates <see cref="Activations"/> new grains and prints the retained bytes per activation
/// (GC.GetTotalMemory after a full collection, before and after).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ActivationBenchmarks
{
    private const int Activations = 100_000;
    private BenchmarkSilo _runtime = null!;
    private long _nextKey;

    [IterationSetup]
    public void Setup() => _runtime = BenchmarkSilo.Start();

    [IterationCleanup]
    public void Cleanup() => _runtime.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = Activations)]
    public async Task ActivateIdleGrains()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < Activations; i++)
        {
            await _runtime.GrainFactory.GetGrain<ICounterBenchGrain>(_nextKey++).Add(1);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// Retained bytes per idle activation: {(after - before) / (double)Activations:F0}");
    }
}
