using NodaTime;

namespace Asivado.Domain.Forecasting;

/// <summary>How a department's handling time is estimated from its own history.</summary>
/// <param name="Quantile">Which quantile of the measured handling times a case is expected to take (0.5: the median; 0.8: four in five finish within it).</param>
/// <param name="MinimumSamples">Fewer handled cases than this and <paramref name="DefaultHandling"/> is used instead.</param>
/// <param name="DefaultHandling">Business time a case is expected to take while the history is too short.</param>
/// <param name="SampleWindow">How many of the most recently handled cases are measured.</param>
/// <param name="BreakReturn">How long an agent on a break (busy or away, not offline) is expected to stay away, from now; null: until the next forecast that sees it back, so it adds no capacity (the forecast is of the current staffing only).</param>
public sealed record ForecastSettings(double Quantile, int MinimumSamples, Duration DefaultHandling, int SampleWindow, Duration? BreakReturn)
{
    /// <summary>
    /// The median of the last 50 handled cases; 30 minutes until 5 have been handled; only the agents available now
    /// (in the benchmark, assuming breaks end in 30 minutes caught 62 % of the breaches instead of 85 %: benchmarks/README.md).
    /// </summary>
    public static readonly ForecastSettings Default = new(0.5, 5, Duration.FromMinutes(30), 50, null);
}
