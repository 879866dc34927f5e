using System.Globalization;
using Asivado.Domain.Forecasting;
using NodaTime;

namespace Asivado.Forecast.Benchmarks;

/// <summary>The scenario's knobs: --seed, --agents, --capacity, --quiet, --peak, --median-minutes, --quantile, --break-return-minutes (or none), --out.</summary>
internal sealed record ScenarioOptions(int Seed, int Agents, int Capacity, double QuietPerHour, double PeakPerHour, Duration MedianHandling, ForecastSettings Forecast, string? Out)
{
    public static readonly ScenarioOptions Default = new(1, 3, 2, 8, 20, Duration.FromMinutes(25), ForecastSettings.Default, null);

    public static ScenarioOptions Parse(string[] args)
    {
        var options = Default;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--agents" => options with { Agents = int.Parse(value, CultureInfo.InvariantCulture) },
                "--capacity" => options with { Capacity = int.Parse(value, CultureInfo.InvariantCulture) },
                "--quiet" => options with { QuietPerHour = double.Parse(value, CultureInfo.InvariantCulture) },
                "--peak" => options with { PeakPerHour = double.Parse(value, CultureInfo.InvariantCulture) },
                "--median-minutes" => options with { MedianHandling = Duration.FromMinutes(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--quantile" => options with { Forecast = options.Forecast with { Quantile = double.Parse(value, CultureInfo.InvariantCulture) } },
                "--break-return-minutes" => options with { Forecast = options.Forecast with { BreakReturn = value == "none" ? null : Duration.FromMinutes(double.Parse(value, CultureInfo.InvariantCulture)) } },
                "--out" => options with { Out = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}; options: --seed, --agents, --capacity, --quiet, --peak, --median-minutes, --quantile, --break-return-minutes, --out."),
            };
        }

        return options;
    }
}
