using Asivado.Grains.Hosting;
using Asivado.Grains.Organisation;
using Asivado.Grains.Runtime.Testing;

namespace Asivado.Grains.Tests.Support;

public static class GrainsTestHost
{
    /// <summary>Anything <paramref name="configure"/> sets runs after the Asivado registrations. The runtime with every Asivado grain and <see cref="TestOrganisation"/> (or the given directory), memory providers, virtual time.</summary>
    public static Task<TestGrainHost> StartAsync(IOrganisationDirectory? directory = null, Action<TestGrainHostOptions>? configure = null) =>
        TestGrainHost.StartAsync(options =>
        {
            configure?.Invoke(options);
            var configureRuntime = options.ConfigureRuntime;
            var configureServices = options.ConfigureServices;
            options.ConfigureRuntime = runtime =>
            {
                runtime.AddAsivadoGrains();
                configureRuntime?.Invoke(runtime);
            };
            options.ConfigureServices = services =>
            {
                services.AddOrganisationDirectory(directory ?? TestOrganisation.Create());
                configureServices?.Invoke(services);
            };
        });
}
