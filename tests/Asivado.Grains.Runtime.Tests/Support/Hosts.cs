using Asivado.Grains.Runtime.Hosting;
using Asivado.Grains.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Asivado.Grains.Runtime.Tests.Support;

/// <summary>Starts a test host with the given grain classes and a <see cref="Probe"/>.</summary>
public static class Hosts
{
    public static Task<TestGrainHost> StartAsync(Probe probe, Action<GrainRuntimeOptions> grains, Action<TestGrainHostOptions>? configure = null) =>
        TestGrainHost.StartAsync(options =>
        {
            options.ConfigureRuntime = grains;
            options.ConfigureServices = services => services.AddSingleton(probe);
            configure?.Invoke(options);
        });
}
