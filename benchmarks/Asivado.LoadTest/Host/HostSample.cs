namespace Asivado.LoadTest.Host;

/// <summary>The host process at one instant: CPU since the previous sample (100 = one core busy) and resident memory.</summary>
public sealed record HostSample(double ElapsedSeconds, double CpuPercent, long ResidentBytes)
{
    /// <summary>Several processes (a cluster's silos) as one host: CPU and memory added up, at the first one's instant.</summary>
    public static HostSample Sum(IReadOnlyList<HostSample> samples) =>
        new(samples[0].ElapsedSeconds, samples.Sum(sample => sample.CpuPercent), samples.Sum(sample => sample.ResidentBytes));
}
