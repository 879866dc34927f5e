using System.Text.Json;
using Asivado.LoadTest.Measurement;
using Asivado.LoadTest.Reports;

namespace Asivado.LoadTest.Tests.Reports;

public sealed class ResultsFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("results-").FullName;

    [Fact]
    public async Task Written_results_read_back_the_same()
    {
        var path = Path.Combine(_directory, "results.json");
        var original = SampleResults.Create();

        await ResultsFile.WriteAsync(path, original);
        var read = await ResultsFile.ReadAsync(path);

        Assert.Equal(JsonSerializer.Serialize(original), JsonSerializer.Serialize(read));
        Assert.Contains("\"p99\": 7900", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_results_file_names_the_field()
    {
        var path = Path.Combine(_directory, "broken.json");
        await File.WriteAllTextAsync(path, """{ "scenario": "x", "durationSeconds": "long" }""");

        var exception = await Assert.ThrowsAsync<InvalidDataException>(() => ResultsFile.ReadAsync(path));

        Assert.StartsWith($"Results file '{path}': field '$.durationSeconds' is invalid", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lateness_bins_group_histogram_buckets_by_their_lower_bound()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(500);
        histogram.Record(20_000);
        histogram.Record(30_000);
        histogram.Record(60_000_000);

        var bins = LatenessBins.From(histogram);

        Assert.Equal(11, bins.Count);
        Assert.Equal(new HistogramBin("< 1 ms", 0, 1_000, 1), bins[0]);
        Assert.Equal(new HistogramBin("10–50 ms", 10_000, 50_000, 2), bins[2]);
        Assert.Equal(new HistogramBin("≥ 10 s", 10_000_000, long.MaxValue, 1), bins[^1]);
        Assert.Equal(4, bins.Sum(bin => bin.Count));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
