using Asivado.LoadTest.Host;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.LoadTest.Tests.Host;

public sealed class HostProcessSamplerTests : IDisposable
{
    private readonly string _procRoot = Directory.CreateTempSubdirectory("proc-").FullName;

    [Fact]
    public void Cpu_percent_is_cpu_time_over_wall_time_between_samples()
    {
        WriteProcess(utime: 100, stime: 50, rssKb: 1000);
        var time = new FakeTimeProvider();
        var sampler = new HostProcessSampler(77, time, _procRoot);

        WriteProcess(utime: 250, stime: 100, rssKb: 2048); // 200 ticks = 2 s of CPU
        time.Advance(TimeSpan.FromSeconds(4));
        var sample = sampler.Sample();

        Assert.Equal(new HostSample(4, 50, 2048 * 1024), sample);
    }

    [Fact]
    public void The_current_process_can_be_sampled()
    {
        var sampler = new HostProcessSampler(Environment.ProcessId, TimeProvider.System);

        Assert.True(sampler.Sample().ResidentBytes > 0);
    }

    [Fact]
    public void A_missing_process_is_named()
    {
        var exception = Assert.Throws<ArgumentException>(() => new HostProcessSampler(999_999, TimeProvider.System, _procRoot));

        Assert.StartsWith($"No process 999999: {_procRoot}/999999 does not exist.", exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_procRoot, recursive: true);

    private void WriteProcess(long utime, long stime, long rssKb)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_procRoot, "77")).FullName;
        File.WriteAllText(Path.Combine(directory, "stat"), $"77 (host) S 1 77 77 0 -1 0 0 0 0 0 {utime} {stime} 0 0 20 0 1 0 1 1 1\n");
        File.WriteAllText(Path.Combine(directory, "status"), $"Name:\thost\nVmRSS:\t{rssKb} kB\n");
    }
}
