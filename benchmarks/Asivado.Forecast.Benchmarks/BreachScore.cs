namespace Asivado.Forecast.Benchmarks;

/// <summary>Predictions of breach against what happened, over the same (case, target) pairs.</summary>
internal sealed record BreachScore(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    /// <summary>Of the breaches predicted, the share that happened; null when none was predicted.</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Of the breaches that happened, the share predicted; null when none happened.</summary>
    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);

    public static BreachScore Of(IEnumerable<(bool Predicted, bool Happened)> pairs)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (predicted, happened) in pairs)
        {
            _ = (predicted, happened) switch
            {
                (true, true) => tp++,
                (true, false) => fp++,
                (false, true) => fn++,
                _ => tn++,
            };
        }

        return new BreachScore(tp, fp, fn, tn);
    }
}
