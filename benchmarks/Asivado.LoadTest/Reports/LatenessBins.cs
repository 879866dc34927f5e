using Asivado.LoadTest.Measurement;

namespace Asivado.LoadTest.Reports;

/// <summary>Groups a lateness histogram into fixed, readable bars (0–1 ms … over 10 s).</summary>
public static class LatenessBins
{
    private static readonly (string Label, long To)[] Bounds =
    [
        ("< 1 ms", 1_000),
        ("1–10 ms", 10_000),
        ("10–50 ms", 50_000),
        ("50–100 ms", 100_000),
        ("100–250 ms", 250_000),
        ("250–500 ms", 500_000),
        ("0.5–1 s", 1_000_000),
        ("1–2 s", 2_000_000),
        ("2–5 s", 5_000_000),
        ("5–10 s", 10_000_000),
        ("≥ 10 s", long.MaxValue),
    ];

    public static IReadOnlyList<HistogramBin> From(LatencyHistogram histogram)
    {
        var counts = new long[Bounds.Length];
        foreach (var (from, _, count) in histogram.Buckets())
        {
            counts[Array.FindIndex(Bounds, bound => from < bound.To)] += count;
        }

        return [.. Bounds.Select((bound, index) => new HistogramBin(bound.Label, index == 0 ? 0 : Bounds[index - 1].To, bound.To, counts[index]))];
    }
}
