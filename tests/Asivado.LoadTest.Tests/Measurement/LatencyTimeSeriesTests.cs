using Asivado.LoadTest.Measurement;

namespace Asivado.LoadTest.Tests.Measurement;

public sealed class LatencyTimeSeriesTests
{
    [Fact]
    public void Records_fall_into_the_interval_of_their_elapsed_time_and_gaps_are_empty_intervals()
    {
        var series = new LatencyTimeSeries(TimeSpan.FromSeconds(1));
        series.Record(TimeSpan.FromSeconds(0.2), TimeSpan.FromMilliseconds(10));
        series.Record(TimeSpan.FromSeconds(0.7), TimeSpan.FromMilliseconds(20));
        series.Record(TimeSpan.FromSeconds(1.5), TimeSpan.FromMilliseconds(99), failed: true);
        series.Record(TimeSpan.FromSeconds(3.1), TimeSpan.FromMilliseconds(5));

        var intervals = series.Complete(TimeSpan.FromSeconds(3.5));

        Assert.Equal(
            [
                new IntervalSummary(0, 0, 2, 0, new LatencySummary(2, 10_047, 20_000, 20_000, 20_000, 20_000)),
                new IntervalSummary(1, 1, 1, 1, LatencySummary.Empty),
                new IntervalSummary(2, 2, 0, 0, LatencySummary.Empty),
                new IntervalSummary(3, 3, 1, 0, new LatencySummary(1, 5_000, 5_000, 5_000, 5_000, 5_000)),
            ],
            intervals);
        Assert.Equal(3, series.Overall.TotalCount);
        Assert.Equal(1, series.Errors);
    }

    [Fact]
    public void Snapshot_returns_only_closed_intervals()
    {
        var series = new LatencyTimeSeries(TimeSpan.FromSeconds(1));
        series.Record(TimeSpan.FromSeconds(0.5), TimeSpan.FromMilliseconds(1));
        series.Record(TimeSpan.FromSeconds(1.5), TimeSpan.FromMilliseconds(1));

        var closed = series.Snapshot(TimeSpan.FromSeconds(1.9));

        Assert.Equal([0], closed.Select(interval => interval.Index));
    }
}
