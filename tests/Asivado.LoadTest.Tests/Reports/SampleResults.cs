using Asivado.LoadTest.Host;
using Asivado.LoadTest.Measurement;
using Asivado.LoadTest.Reports;

namespace Asivado.LoadTest.Tests.Reports;

internal static class SampleResults
{
    public static RunResults Create(string scenario = "smoke <script>alert('x')</script> & co", bool passed = true)
    {
        IReadOnlyList<IntervalSummary> intake =
        [
            new(0, 0, 50, 0, new LatencySummary(50, 1_200, 3_400, 7_800, 7_800, 9_100)),
            new(1, 1, 49, 1, new LatencySummary(48, 1_300, 3_500, 8_000, 8_000, 12_345)),
        ];
        IReadOnlyList<IntervalSummary> escalations = [new(0, 0, 20, 0, new LatencySummary(20, 40_000, 90_000, 120_000, 120_000, 150_000))];
        return new RunResults(
            scenario,
            new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero),
            30,
            5,
            new IntakeResults(100, 99, 1, 49.5, new LatencySummary(98, 1_250, 3_450, 7_900, 7_900, 12_345), new Dictionary<string, long> { ["HTTP 503 <busy>"] = 1 }, intake),
            new EscalationResults(20, 20, 0, new LatencySummary(20, 40_000, 90_000, 120_000, 120_000, 150_000), escalations,
                [new HistogramBin("< 1 ms", 0, 1_000, 0), new HistogramBin("10–50 ms", 10_000, 50_000, 12), new HistogramBin("≥ 10 s", 10_000_000, long.MaxValue, 8)]),
            new ConsoleResults(20, 20, 0, 0),
            [new HostSample(1, 35.5, 200 * 1048576L), new HostSample(2, 64.5, 210 * 1048576L)],
            new Verdict(passed, passed ? [] : ["errors: 1 > maxErrors 0 <b>"]));
    }
}
