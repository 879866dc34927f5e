using NodaTime;

namespace Asivado.Domain.Forecasting;

/// <summary>The business time each case is expected to take, and what it rests on.</summary>
/// <param name="Samples">How many handled cases were measured (0 or more; fewer than the minimum means the default).</param>
/// <param name="IsDefault">True when the history was too short and the settings' default is used.</param>
public sealed record HandlingEstimate(Duration Duration, int Samples, bool IsDefault, double Quantile)
{
    /// <summary>
    /// The <see cref="ForecastSettings.Quantile"/> of the most recent <see cref="ForecastSettings.SampleWindow"/>
    /// samples by the nearest-rank method (the median of 1, 2, 9 min is 2 min; of 1, 2, 9, 10 min, 2 min), or the
    /// default while fewer than <see cref="ForecastSettings.MinimumSamples"/> were measured.
    /// </summary>
    /// <param name="samples">Handling times in business time, oldest first.</param>
    public static HandlingEstimate From(IReadOnlyList<Duration> samples, ForecastSettings settings)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(settings);
        var recent = samples.Skip(Math.Max(0, samples.Count - settings.SampleWindow)).ToList();
        if (recent.Count < settings.MinimumSamples || recent.Count == 0)
        {
            return new HandlingEstimate(settings.DefaultHandling, recent.Count, true, settings.Quantile);
        }

        recent.Sort();
        var rank = (int)Math.Ceiling(settings.Quantile * recent.Count);
        return new HandlingEstimate(recent[Math.Clamp(rank, 1, recent.Count) - 1], recent.Count, false, settings.Quantile);
    }

    /// <summary>"median handling 40 min (12 handled cases)", "p80 handling 1 h 5 min (50 handled cases)", "default handling 30 min (2 handled cases, fewer than 5)".</summary>
    public string Describe(int minimumSamples)
    {
        var cases = Samples == 1 ? "1 handled case" : $"{Samples} handled cases";
        if (IsDefault)
        {
            return $"default handling {ForecastWording.Minutes(Duration)} ({cases}, fewer than {minimumSamples})";
        }

        var quantile = Math.Abs(Quantile - 0.5) < 1e-9 ? "median" : $"p{Math.Round(Quantile * 100):0}";
        return $"{quantile} handling {ForecastWording.Minutes(Duration)} ({cases})";
    }
}
