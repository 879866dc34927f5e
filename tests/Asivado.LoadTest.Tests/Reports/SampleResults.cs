using Asivado.LoadTest.Database;
using Asivado.LoadTest.Host;
using Asivado.LoadTest.Measurement;
using Asivado.LoadTest.Reports;

namespace Asivado.LoadTest.Tests.Reports;

internal static class SampleResults
{
    public static RunResults Create(string scenario = "smoke <script>alert('x')</script> & co", bool passed = true, bool withDatabase = true, string? label = null, long latenessP99 = 120_000)
    {
        IReadOnlyList<IntervalSummary> intake =
        [
            new(0, 0, 50, 0, new LatencySummary(50, 1_200, 3_400, 7_800, 7_800, 9_100)),
            new(1, 1, 49, 1, new LatencySummary(48, 1_300, 3_500, 8_000, 8_000, 12_345)),
        ];
        IReadOnlyList<IntervalSummary> escalations = [new(0, 0, 20, 0, new LatencySummary(20, 40_000, 90_000, latenessP99, latenessP99, 150_000))];
        var totals = new DatabaseCounters(620, 0, 3_100, 1_240, 310, 155, 62, 12, 9_300);
        var database = new DatabaseResults(
            "asivado_loadtest_x",
            31,
            11,
            totals,
            totals.Per(31),
            2.5,
            7.5,
            [new DatabaseSample(1, totals.Per(31), 2, 6), new DatabaseSample(2, totals.Per(31), 3, 9)]);
        return new RunResults(
            scenario,
            label ?? scenario,
            new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero),
            30,
            5,
            15,
            0.5,
            new HostInfo(HostInfo.LaunchedPostgreSql, "http://127.0.0.1:5000/", ["PollingBaseline:Interval=00:00:10 <x>"], 4242, withDatabase ? "asivado_loadtest_x" : null),
            new OrganisationSummary(2, 2, 1, true, 7, ["asivado-customer-service"], ["acknowledge: WallClock PT5S"], "BreachOnly"),
            new IntakeResults(100, 99, 1, 49.5, new LatencySummary(98, 1_250, 3_450, 7_900, 7_900, 12_345), new Dictionary<string, long> { ["HTTP 503 <busy>"] = 1 }, intake),
            new EscalationResults(20, 20, new Dictionary<string, long> { ["Breach"] = 20 }, 20, 0, 0, 0, 0, 0, 0, 0,
                new LatencySummary(20, 40_000, 90_000, latenessP99, latenessP99, 150_000), escalations,
                [new HistogramBin("< 1 ms", 0, 1_000, 0), new HistogramBin("10–50 ms", 10_000, 50_000, 12), new HistogramBin("≥ 10 s", 10_000_000, long.MaxValue, 8)]),
            new ConsoleResults(20, 20, 0, 0, 0, 0.4, new LatencySummary(20, 300_000, 350_000, 400_000, 400_000, 410_000), new Dictionary<string, long>(),
                38, new Dictionary<string, long> { ["escalation"] = 20, ["queue-changed"] = 18 }, 0, 0, 0, 0, 0),
            [new HostSample(1, 35.5, 200 * 1048576L), new HostSample(2, 64.5, 210 * 1048576L)],
            [new MachineSample(1, 150, 20), new MachineSample(2, 190, 30)],
            withDatabase ? database : null,
            new Verdict(passed, passed ? [] : ["errors: 1 > maxErrors 0 <b>"]));
    }
}
