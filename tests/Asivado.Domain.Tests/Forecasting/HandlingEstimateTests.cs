using Asivado.Domain.Forecasting;
using NodaTime;

namespace Asivado.Domain.Tests.Forecasting;

public sealed class HandlingEstimateTests
{
    private static IReadOnlyList<Duration> Minutes(params int[] minutes) => [.. minutes.Select(m => Duration.FromMinutes(m))];

    [Fact]
    public void Too_little_history_takes_the_documented_default()
    {
        var estimate = HandlingEstimate.From(Minutes(5, 90, 7, 12), ForecastSettings.Default);

        Assert.Equal(new HandlingEstimate(Duration.FromMinutes(30), 4, true, 0.5), estimate);
        Assert.Equal("default handling 30 min (4 handled cases, fewer than 5)", estimate.Describe(ForecastSettings.Default.MinimumSamples));
    }

    [Fact]
    public void The_median_is_the_nearest_rank_of_the_sorted_times()
    {
        Assert.Equal(Duration.FromMinutes(40), HandlingEstimate.From(Minutes(90, 10, 40, 20, 55), ForecastSettings.Default).Duration);
        Assert.Equal(Duration.FromMinutes(20), HandlingEstimate.From(Minutes(90, 10, 40, 20, 55, 5), ForecastSettings.Default).Duration);
    }

    [Fact]
    public void Another_quantile_and_only_the_most_recent_window_count()
    {
        var settings = ForecastSettings.Default with { Quantile = 0.8, SampleWindow = 5 };

        // The first two (oldest) are outside the window: 10, 20, 30, 40, 50 remain; the 80th percentile is 40.
        var estimate = HandlingEstimate.From(Minutes(500, 600, 10, 20, 30, 40, 50), settings);

        Assert.Equal((Duration.FromMinutes(40), 5, false), (estimate.Duration, estimate.Samples, estimate.IsDefault));
        Assert.Equal("p80 handling 40 min (5 handled cases)", estimate.Describe(settings.MinimumSamples));
    }
}
