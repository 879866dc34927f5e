using System.Globalization;
using System.Text;
using Asivado.LoadTest.Measurement;

namespace Asivado.LoadTest.Reports;

/// <summary>Small HTML helpers shared by the report and the comparison; every string is encoded.</summary>
internal static class Html
{
    public const string Style = """
        body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:1100px}
        table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .7rem;text-align:right}
        th{text-align:left;background:#f4f4f4}.passed{color:#17692b}.failed{color:#b00020}
        svg{display:block;margin:1rem 0}.grid{stroke:#e3e3e3}.tick,.legend{font-size:11px;fill:#444}
        .axis{font-size:12px;fill:#222}.chart-title{font-size:14px;font-weight:600}.bar{fill:#3b6fb6}.note{color:#555;font-size:.9rem}
        """;

    public static readonly string[] Palette = ["#3b6fb6", "#e08a00", "#b00020", "#17692b", "#7a3db8", "#777777", "#0f8a8a", "#c2185b"];

    public static StringBuilder Open(string title)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/>");
        html.Append($"<title>{Svg.Encode(title)}</title><style>{Style}</style></head><body>");
        html.Append($"<h1>{Svg.Encode(title)}</h1>");
        return html;
    }

    public static string Close(StringBuilder html) => html.Append("</body></html>\n").ToString();

    public static void Heading(StringBuilder html, string text) => html.Append($"<h2>{Svg.Encode(text)}</h2>");

    public static void Note(StringBuilder html, string text) => html.Append($"<p class=\"note\">{Svg.Encode(text)}</p>");

    public static void Row(StringBuilder html, string name, string value) =>
        html.Append($"<tr><th>{Svg.Encode(name)}</th><td>{Svg.Encode(value)}</td></tr>");

    public static void Table(StringBuilder html, string id, IEnumerable<(string Name, string Value)> rows)
    {
        html.Append($"<table id=\"{id}\">");
        foreach (var (name, value) in rows)
        {
            Row(html, name, value);
        }

        html.Append("</table>");
    }

    public static void PercentileTable(StringBuilder html, string id, IEnumerable<(string Name, LatencySummary Latency)> rows)
    {
        html.Append($"<table id=\"{id}\"><tr><th>ms</th><th>count</th><th>p50</th><th>p90</th><th>p99</th><th>p99.9</th><th>max</th></tr>");
        foreach (var (name, latency) in rows)
        {
            html.Append($"<tr><th>{Svg.Encode(name)}</th><td>{latency.Count}</td>");
            foreach (var value in new[] { latency.P50, latency.P90, latency.P99, latency.P999, latency.Max })
            {
                html.Append($"<td>{Ms(value)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }

    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Ms(long microseconds) => Svg.Number(microseconds / 1000.0);

    public static string MiB(long bytes) => Svg.Number(Math.Round(bytes / 1048576.0, 1));

    public static string Optional(double? value) => value is { } number ? Svg.Number(Math.Round(number, 1)) : "n/a";

    public static string Counts(IReadOnlyDictionary<string, long> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.OrderByDescending(entry => entry.Value).ThenBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => $"{entry.Key}: {entry.Value}"));
}
