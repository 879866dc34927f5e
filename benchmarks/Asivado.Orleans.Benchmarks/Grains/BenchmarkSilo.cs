using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Asivado.Orleans.Benchmarks.Grains;

/// <summary>
/// One started Orleans silo in this process with the benchmark grain: localhost clustering on free loopback ports,
/// Orleans' defaults otherwise, warnings only. Calls go through the silo's own <see cref="IGrainFactory"/>, as the
/// gateway's do (the silo runs inside it).
/// </summary>
public sealed class BenchmarkSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchmarkSilo(IHost host)
    {
        _host = host;
        GrainFactory = host.Services.GetRequiredService<IGrainFactory>();
    }

    public IGrainFactory GrainFactory { get; }

    /// <summary>The silo's services.</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>Starts a silo; <paramref name="configure"/> adds to Orleans' defaults (the deadline service, storage, ...).</summary>
    public static BenchmarkSilo Start(Action<ISiloBuilder>? configure = null) => StartAsync(configure).GetAwaiter().GetResult();

    public static async Task<BenchmarkSilo> StartAsync(Action<ISiloBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var (siloPort, gatewayPort) = FreePorts();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: "asivado-bench", clusterId: "asivado-bench");
            configure?.Invoke(silo);
        });
        var host = builder.Build();
        await host.StartAsync();
        return new BenchmarkSilo(host);
    }

    /// <summary>Stops the silo (every activation deactivates); its services stay readable until disposed.</summary>
    public Task StopAsync() => _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static (int Silo, int Gateway) FreePorts()
    {
        using var silo = new TcpListener(IPAddress.Loopback, 0);
        using var gateway = new TcpListener(IPAddress.Loopback, 0);
        silo.Start();
        gateway.Start();
        return (((IPEndPoint)silo.LocalEndpoint).Port, ((IPEndPoint)gateway.LocalEndpoint).Port);
    }
}
