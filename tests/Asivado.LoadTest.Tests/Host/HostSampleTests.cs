using Asivado.LoadTest.Host;

namespace Asivado.LoadTest.Tests.Host;

public sealed class HostSampleTests
{
    [Fact]
    public void A_clusters_silos_add_up_to_one_host_sample()
    {
        var sum = HostSample.Sum([new HostSample(3.0, 40, 100), new HostSample(3.1, 25.5, 200), new HostSample(3.2, 10, 300)]);

        Assert.Equal(new HostSample(3.0, 75.5, 600), sum);
    }
}
