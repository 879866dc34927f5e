using Asivado.LoadTest.Launch;

namespace Asivado.LoadTest.Tests.Launch;

public sealed class LaunchedClusterTests
{
    [Theory]
    [InlineData(32, 1, 32)]
    [InlineData(32, 2, 16)]
    [InlineData(32, 3, 10)]
    [InlineData(8, 3, 4)]
    public void The_silos_share_the_pool_one_gateway_would_have(int maxPoolSize, int silos, int perSilo)
    {
        Assert.Equal(perSilo, LaunchedCluster.PoolPerSilo(maxPoolSize, silos));
    }

    [Fact]
    public void Silo_i_is_where_scripts_cluster_sh_puts_it()
    {
        Assert.Equal(new Uri("http://127.0.0.1:5082/"), ClusterScript.SiloAddress(2));
        Assert.Equal([5081, 11112, 30001, 5082, 11113, 30002], ClusterScript.Ports(2));
        Assert.True(File.Exists(ClusterScript.Path), ClusterScript.Path);
    }
}
