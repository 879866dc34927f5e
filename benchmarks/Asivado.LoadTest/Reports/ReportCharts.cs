using System.Text;
using Asivado.LoadTest.Measurement;

namespace Asivado.LoadTest.Reports;

/// <summary>The report's time charts: intake latency percentiles, throughput, escalation lateness over time, and the lateness histogram.</summary>
internal static class ReportCharts
{
    public static void Append(StringBuilder html, RunResults results)
    {
        Html.Heading(html, "Charts");
        var intake = results.Intake.Intervals;
        html.Append(SvgLineChart.Render("Intake latency percentiles per second", "seconds since the run started", "ms",
        [
            Series("p50", Html.Palette[0], intake, interval => interval.Latency.P50 / 1000.0),
            Series("p90", Html.Palette[1], intake, interval => interval.Latency.P90 / 1000.0),
            Series("p99", Html.Palette[2], intake, interval => interval.Latency.P99 / 1000.0),
            Series("max", Html.Palette[5], intake, interval => interval.Latency.Max / 1000.0),
        ]));
        html.Append(SvgLineChart.Render("Throughput per second", "seconds since the run started", "per second",
        [
            Series("cases created", Html.Palette[0], intake, interval => interval.Count - interval.Errors),
            Series("intake errors", Html.Palette[2], intake, interval => interval.Errors),
            Series("escalations", Html.Palette[3], results.Escalations.Intervals, interval => interval.Count),
        ]));
        html.Append(SvgLineChart.Render("Escalation lateness percentiles per second", "seconds since the run started", "ms",
        [
            Series("p50", Html.Palette[0], results.Escalations.Intervals, interval => interval.Latency.P50 / 1000.0),
            Series("p99", Html.Palette[2], results.Escalations.Intervals, interval => interval.Latency.P99 / 1000.0),
            Series("max", Html.Palette[5], results.Escalations.Intervals, interval => interval.Latency.Max / 1000.0),
        ]));
        html.Append(SvgBarChart.Render("Escalation lateness (arrival at console minus due instant)", "escalations", results.Escalations.LatenessHistogram));
    }

    public static ChartSeries Series(string name, string color, IReadOnlyList<IntervalSummary> intervals, Func<IntervalSummary, double> value) =>
        new(name, color, [.. intervals.Select(interval => new ChartPoint(interval.StartSeconds, value(interval)))]);
}
