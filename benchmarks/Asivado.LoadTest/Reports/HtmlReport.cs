using System.Globalization;
using System.Text;
using Asivado.LoadTest.Measurement;

namespace Asivado.LoadTest.Reports;

/// <summary>
/// Renders results as one self-contained HTML file (well-formed XHTML syntax, inline CSS and SVG, no
/// script, nothing fetched). Every string from the results is HTML-encoded.
/// </summary>
public static class HtmlReport
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
        table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .7rem;text-align:right}
        th{text-align:left;background:#f4f4f4}.passed{color:#17692b}.failed{color:#b00020}
        svg{display:block;margin:1rem 0}.grid{stroke:#e3e3e3}.tick,.legend{font-size:11px;fill:#444}
        .axis{font-size:12px;fill:#222}.chart-title{font-size:14px;font-weight:600}.bar{fill:#3b6fb6}
        """;

    public static string Render(RunResults results)
    {
        var html = new StringBuilder();
        var title = $"Load test: {results.Scenario}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/>");
        html.Append($"<title>{Svg.Encode(title)}</title><style>{Style}</style></head><body>");
        html.Append($"<h1>{Svg.Encode(title)}</h1>");
        var verdictClass = results.Verdict.Passed ? "passed" : "failed";
        html.Append($"<p class=\"{verdictClass}\" id=\"verdict\">{(results.Verdict.Passed ? "PASSED" : "FAILED")}</p>");
        if (results.Verdict.Failures.Count > 0)
        {
            html.Append("<ul id=\"failures\">");
            foreach (var failure in results.Verdict.Failures)
            {
                html.Append($"<li>{Svg.Encode(failure)}</li>");
            }

            html.Append("</ul>");
        }

        AppendSummary(html, results);
        AppendCharts(html, results);
        return html.Append("</body></html>\n").ToString();
    }

    private static void AppendSummary(StringBuilder html, RunResults results)
    {
        html.Append("<h2>Summary</h2><table id=\"summary\">");
        Row(html, "Started", results.StartedAt.ToString("u", CultureInfo.InvariantCulture));
        Row(html, "Duration (s), warm-up excluded", Svg.Number(results.DurationSeconds - results.WarmupSeconds));
        Row(html, "Intake sent / created / errors", $"{results.Intake.Sent} / {results.Intake.Created} / {results.Intake.Errors}");
        Row(html, "Intake throughput (/s)", Svg.Number(results.Intake.ThroughputPerSecond));
        foreach (var (reason, count) in results.Intake.ErrorsByReason.OrderByDescending(entry => entry.Value))
        {
            Row(html, $"Intake error: {reason}", count.ToString(CultureInfo.InvariantCulture));
        }

        html.Append("</table><table id=\"percentiles\"><tr><th>ms</th><th>count</th><th>p50</th><th>p90</th><th>p99</th><th>p99.9</th><th>max</th></tr>");
        PercentileRow(html, "Intake latency", results.Intake.Latency);
        PercentileRow(html, "Escalation lateness", results.Escalations.Lateness);
        html.Append("</table><table id=\"totals\">");
        Row(html, "Escalations received / cases escalated / lost", $"{results.Escalations.Received} / {results.Escalations.CasesEscalated} / {results.Escalations.Lost}");
        Row(html, "Consoles requested / connected / failed / dropped", $"{results.Consoles.Requested} / {results.Consoles.Connected} / {results.Consoles.Failed} / {results.Consoles.Disconnected}");
        if (results.Host.Count > 0)
        {
            Row(html, "Host CPU % mean / max (100 = one core)", $"{Svg.Number(results.Host.Average(sample => sample.CpuPercent))} / {Svg.Number(results.Host.Max(sample => sample.CpuPercent))}");
            Row(html, "Host RSS max (MiB)", Svg.Number(results.Host.Max(sample => sample.ResidentBytes) / 1048576.0));
        }

        html.Append("</table>");
    }

    private static void AppendCharts(StringBuilder html, RunResults results)
    {
        html.Append("<h2>Charts</h2>");
        var intake = results.Intake.Intervals;
        html.Append(SvgLineChart.Render("Intake latency percentiles per second", "seconds", "ms",
        [
            Series("p50", "#3b6fb6", intake, interval => interval.Latency.P50 / 1000.0),
            Series("p90", "#e08a00", intake, interval => interval.Latency.P90 / 1000.0),
            Series("p99", "#b00020", intake, interval => interval.Latency.P99 / 1000.0),
            Series("max", "#777777", intake, interval => interval.Latency.Max / 1000.0),
        ]));
        html.Append(SvgLineChart.Render("Throughput per second", "seconds", "per second",
        [
            Series("cases created", "#3b6fb6", intake, interval => interval.Count - interval.Errors),
            Series("intake errors", "#b00020", intake, interval => interval.Errors),
            Series("escalations", "#17692b", results.Escalations.Intervals, interval => interval.Count),
        ]));
        html.Append(SvgLineChart.Render("Escalation lateness percentiles per second", "seconds", "ms",
        [
            Series("p50", "#3b6fb6", results.Escalations.Intervals, interval => interval.Latency.P50 / 1000.0),
            Series("p99", "#b00020", results.Escalations.Intervals, interval => interval.Latency.P99 / 1000.0),
        ]));
        html.Append(SvgBarChart.Render("Escalation lateness (arrival at console minus due instant)", "escalations", results.Escalations.LatenessHistogram));
        if (results.Host.Count > 0)
        {
            html.Append(SvgLineChart.Render("Host process", "seconds", "CPU % / RSS MiB",
            [
                new ChartSeries("CPU %", "#e08a00", [.. results.Host.Select(sample => new ChartPoint(sample.ElapsedSeconds, sample.CpuPercent))]),
                new ChartSeries("RSS MiB", "#3b6fb6", [.. results.Host.Select(sample => new ChartPoint(sample.ElapsedSeconds, sample.ResidentBytes / 1048576.0))]),
            ]));
        }
    }

    private static ChartSeries Series(string name, string color, IReadOnlyList<IntervalSummary> intervals, Func<IntervalSummary, double> value) =>
        new(name, color, [.. intervals.Select(interval => new ChartPoint(interval.StartSeconds, value(interval)))]);

    private static void Row(StringBuilder html, string name, string value) =>
        html.Append($"<tr><th>{Svg.Encode(name)}</th><td>{Svg.Encode(value)}</td></tr>");

    private static void PercentileRow(StringBuilder html, string name, LatencySummary latency)
    {
        html.Append($"<tr><th>{Svg.Encode(name)}</th><td>{latency.Count}</td>");
        foreach (var value in new[] { latency.P50, latency.P90, latency.P99, latency.P999, latency.Max })
        {
            html.Append($"<td>{Svg.Number(value / 1000.0)}</td>");
        }

        html.Append("</tr>");
    }
}
