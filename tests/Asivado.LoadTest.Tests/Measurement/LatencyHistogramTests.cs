using Asivado.LoadTest.Measurement;

namespace Asivado.LoadTest.Tests.Measurement;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void Values_below_128_microseconds_give_exact_percentiles()
    {
        var histogram = new LatencyHistogram();
        for (var value = 1; value <= 100; value++)
        {
            histogram.Record(value);
        }

        Assert.Equal(new LatencySummary(100, 50, 90, 99, 100, 100), histogram.Summarize());
        Assert.Equal(1, histogram.Min);
    }

    [Fact]
    public void Larger_values_report_their_buckets_upper_bound_capped_at_the_exact_max()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(1001); // bucket [1000, 1003]
        histogram.Record(5000); // bucket [4992, 5023]

        Assert.Equal(1003, histogram.ValueAtQuantile(0.5));
        Assert.Equal(5000, histogram.ValueAtQuantile(0.99));
        Assert.Equal(5000, histogram.Max);
    }

    [Fact]
    public void Every_reported_value_is_at_most_one_128th_above_the_true_value_up_to_one_hour()
    {
        for (var value = 1L; value <= LatencyHistogram.MaxTrackableMicroseconds; value = value * 3 / 2 + 1)
        {
            var index = LatencyHistogram.IndexOf(value);
            var low = LatencyHistogram.LowestEquivalentValue(index);
            var high = LatencyHistogram.HighestEquivalentValue(index);

            Assert.InRange(value, low, high);
            Assert.True(high - low <= low / 128, $"bucket [{low}, {high}] for {value} is wider than 1/128");
        }
    }

    [Fact]
    public void Record_of_a_timespan_uses_whole_microseconds()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(TimeSpan.FromMilliseconds(2.5));

        Assert.Equal(2500, histogram.Max);
        Assert.Equal(1, histogram.TotalCount);
    }

    [Fact]
    public void Add_merges_counts_min_and_max()
    {
        var first = new LatencyHistogram();
        var second = new LatencyHistogram();
        first.Record(10);
        first.Record(20);
        second.Record(5);
        second.Record(30);

        first.Add(second);

        Assert.Equal(new LatencySummary(4, 10, 30, 30, 30, 30), first.Summarize());
        Assert.Equal(5, first.Min);
    }

    [Fact]
    public void Concurrent_records_are_all_counted()
    {
        var histogram = new LatencyHistogram();

        Parallel.For(0, 8, _ =>
        {
            for (var value = 0; value < 10_000; value++)
            {
                histogram.Record(value);
            }
        });

        Assert.Equal(80_000, histogram.TotalCount);
        Assert.Equal(9_999, histogram.Max);
        Assert.Equal(80_000, histogram.Buckets().Sum(bucket => bucket.Count));
    }

    [Fact]
    public void Empty_histogram_reports_zeros()
    {
        Assert.Equal(new LatencySummary(0, 0, 0, 0, 0, 0), new LatencyHistogram().Summarize());
    }
}
