using System.Globalization;
using Asivado.Gateway.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Asivado.Gateway.Tests.Api.Support;

/// <summary>
/// What every test host does to the gateway's Orleans silo: its own free silo and gateway ports (hosts run side by side
/// in one test process), the fake clock as the host's and the grains' <see cref="TimeProvider"/> while membership and
/// the silo's other background areas keep real time, and a <see cref="GrainQuiescence"/> to wait on instead of sleeping.
/// </summary>
internal static class TestSilo
{
    public static IWebHostBuilder UseTestSilo(this IWebHostBuilder builder, FakeTimeProvider time)
    {
        builder.UseSetting($"{SiloSettings.SectionName}:{nameof(SiloSettings.SiloPort)}", FreePorts.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting($"{SiloSettings.SectionName}:{nameof(SiloSettings.GatewayPort)}", FreePorts.Next().ToString(CultureInfo.InvariantCulture));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(time);
            services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            services.AddGrainQuiescence();
        });
        return builder;
    }

    /// <summary>Waits until the host's silo has no grain call, timer turn or due deadline in progress.</summary>
    public static Task WhenSiloIdleAsync(this IServiceProvider services) => services.GetRequiredService<GrainQuiescence>().WhenIdleAsync();
}
