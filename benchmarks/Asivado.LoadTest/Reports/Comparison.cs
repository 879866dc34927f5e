using Asivado.LoadTest.Measurement;

namespace Asivado.LoadTest.Reports;

/// <summary>
/// Two or more runs side by side (e.g. the reminder path against the polling baseline): one row per figure, one
/// column per run. Figures a run does not have (no database on the embedded default) are "–".
/// </summary>
public sealed record Comparison(IReadOnlyList<string> Runs, IReadOnlyList<ComparisonRow> Rows)
{
    public const string Missing = "–";

    public static Comparison Of(IReadOnlyList<RunResults> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var rows = new List<ComparisonRow>
        {
            Text("scenario", runs, run => run.Scenario),
            Text("host", runs, run => run.HostInfo.Mode),
            Text("host settings", runs, run => run.HostInfo.Settings.Count == 0 ? "none" : string.Join(", ", run.HostInfo.Settings)),
            Text("verdict", runs, run => run.Verdict.Passed ? "passed" : "failed"),
            Number("intake created", runs, run => run.Intake.Created),
            Number("intake throughput /s", runs, run => run.Intake.ThroughputPerSecond),
            Number("intake errors", runs, run => run.Intake.Errors),
            Number("intake p50 ms", runs, run => Ms(run.Intake.Latency.P50)),
            Number("intake p99 ms", runs, run => Ms(run.Intake.Latency.P99)),
            Number("consoles connected", runs, run => run.Consoles.Connected),
            Number("escalations received", runs, run => run.Escalations.Received),
            Number("escalations lost", runs, run => run.Escalations.Lost),
        };
        rows.AddRange(LatenessRows(runs));
        rows.AddRange(DatabaseRows(runs));
        rows.Add(Number("host CPU % mean", runs, run => run.Host.Count == 0 ? null : run.Host.Average(sample => sample.CpuPercent)));
        rows.Add(Number("host RSS max MiB", runs, run => run.Host.Count == 0 ? null : run.Host.Max(sample => sample.ResidentBytes) / 1048576.0));
        rows.Add(Number("machine CPU % mean", runs, run => run.Machine.Count == 0 ? null : run.Machine.Average(sample => sample.BusyPercent)));
        return new Comparison([.. runs.Select(run => run.Label)], rows);
    }

    /// <summary>Lateness percentiles per run, in ms: p50, p90, p99, p99.9, max.</summary>
    public static IReadOnlyList<(string Percentile, Func<LatencySummary, long> Value)> Percentiles { get; } =
    [
        ("p50", latency => latency.P50),
        ("p90", latency => latency.P90),
        ("p99", latency => latency.P99),
        ("p99.9", latency => latency.P999),
        ("max", latency => latency.Max),
    ];

    private static IEnumerable<ComparisonRow> LatenessRows(IReadOnlyList<RunResults> runs) =>
        Percentiles.Select(percentile => Number($"lateness {percentile.Percentile} ms", runs, run => run.Escalations.Lateness.Count == 0 ? null : Ms(percentile.Value(run.Escalations.Lateness))));

    private static IEnumerable<ComparisonRow> DatabaseRows(IReadOnlyList<RunResults> runs) =>
    [
        Number("db commits /s", runs, run => run.Database?.PerSecond.Commits),
        Number("db rows returned /s", runs, run => run.Database?.PerSecond.RowsReturned),
        Number("db rows fetched /s", runs, run => run.Database?.PerSecond.RowsFetched),
        Number("db rows inserted /s", runs, run => run.Database?.PerSecond.RowsInserted),
        Number("db rows updated /s", runs, run => run.Database?.PerSecond.RowsUpdated),
        Number("db rows deleted /s", runs, run => run.Database?.PerSecond.RowsDeleted),
        Number("db blocks read /s", runs, run => run.Database?.PerSecond.BlocksRead),
        Number("db blocks hit /s", runs, run => run.Database?.PerSecond.BlocksHit),
        Number("db backends CPU %", runs, run => run.Database?.BackendCpuPercent),
    ];

    private static double Ms(long microseconds) => microseconds / 1000.0;

    private static ComparisonRow Text(string name, IReadOnlyList<RunResults> runs, Func<RunResults, string> value) =>
        new(name, [.. runs.Select(value)], [.. runs.Select(_ => (double?)null)]);

    private static ComparisonRow Number(string name, IReadOnlyList<RunResults> runs, Func<RunResults, double?> value)
    {
        var values = runs.Select(value).ToList();
        return new ComparisonRow(name, [.. values.Select(number => number is { } n ? Svg.Number(Math.Round(n, 1)) : Missing)], values);
    }
}

/// <summary>One figure of a <see cref="Comparison"/>: its text per run and, for numbers, the value.</summary>
public sealed record ComparisonRow(string Name, IReadOnlyList<string> Cells, IReadOnlyList<double?> Values);
