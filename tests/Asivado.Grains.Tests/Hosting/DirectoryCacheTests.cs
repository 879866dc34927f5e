using Asivado.Grains.Hosting;
using Asivado.Grains.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Asivado.Grains.Tests.Hosting;

/// <summary>The silo caches the addresses of the grains being worked, not of every case ever activated.</summary>
public sealed class DirectoryCacheTests
{
    [Fact]
    public async Task The_silo_caches_at_most_a_hundred_thousand_grain_addresses()
    {
        await using var host = await GrainsTestHost.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<GrainDirectoryOptions>>().Value;

        Assert.Equal(AsivadoGrainsExtensions.DirectoryCacheSize, options.CacheSize);
        Assert.True(options.CacheSize < GrainDirectoryOptions.DEFAULT_CACHE_SIZE);
    }
}
