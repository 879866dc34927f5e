using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Asivado.Runtime.Benchmarks.Grains;

/// <summary>A started grain runtime with the benchmark grain, on the system clock and memory providers.</summary>
public sealed class BenchmarkRuntime : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly IHostedService[] _hosted;

    private BenchmarkRuntime(ServiceProvider provider)
    {
        _provider = provider;
        _hosted = provider.GetServices<IHostedService>().ToArray();
        GrainFactory = provider.GetRequiredService<IGrainFactory>();
    }

    public IGrainFactory GrainFactory { get; }

    public static BenchmarkRuntime Start()
    {
        var services = new ServiceCollection();
        services.AddGrainRuntime(o => o.AddGrain<CounterBenchGrain>());
        var runtime = new BenchmarkRuntime(services.BuildServiceProvider());
        foreach (var hosted in runtime._hosted)
        {
            hosted.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        return runtime;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _hosted.Reverse())
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await _provider.DisposeAsync();
    }
}
