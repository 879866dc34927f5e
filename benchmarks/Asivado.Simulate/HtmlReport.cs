using System.Globalization;
using System.Net;
using System.Text;

namespace Asivado.Simulate;

/// <summary>report.html: breaches per target side by side, queue length over the day (an SVG line per draft), agents' utilisation.</summary>
public static class HtmlReport
{
    private static readonly string[] Colours = ["#1f6feb", "#d1242f", "#1a7f37", "#8250df"];
    private const int Width = 720;
    private const int Height = 220;

    public static string Render(SimulationReport report)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Simulation of ")
            .Append(Encode(report.Day))
            .Append("</title><style>body{font:14px system-ui,sans-serif;margin:2rem;color:#1f2328}table{border-collapse:collapse;margin:1rem 0}")
            .Append("td,th{border:1px solid #d0d7de;padding:4px 10px;text-align:right}th:first-child,td:first-child{text-align:left}</style></head><body>")
            .Append("<h1>").Append(Encode(report.Day)).Append("</h1><p>From ").Append(report.Start.ToString("u", CultureInfo.InvariantCulture))
            .Append(", ").Append(Number(report.Hours)).Append(" simulated hours.</p>");
        Summary(html, report);
        Breaches(html, report);
        QueueChart(html, report);
        Agents(html, report);
        return html.Append("</body></html>").ToString();
    }

    private static void Summary(StringBuilder html, SimulationReport report)
    {
        html.Append("<h2>Summary</h2><table><tr><th>draft</th><th>contacts</th><th>resolved</th><th>open at the end</th><th>breaches</th><th>mean utilisation</th><th>simulated h per wall-clock s</th></tr>");
        foreach (var draft in report.Drafts)
        {
            var utilisation = draft.Agents.Count > 0 ? draft.Agents.Average(a => a.Utilisation) : 0;
            html.Append("<tr><td>").Append(Encode(draft.Draft)).Append("</td><td>").Append(draft.Contacts).Append("</td><td>").Append(draft.Resolved)
                .Append("</td><td>").Append(draft.OpenAtEnd).Append("</td><td>").Append(draft.Breaches).Append("</td><td>")
                .Append(Percent(utilisation)).Append("</td><td>").Append(Number(draft.SimulatedHoursPerSecond)).Append("</td></tr>");
        }

        html.Append("</table>");
    }

    private static void Breaches(StringBuilder html, SimulationReport report)
    {
        var targets = report.Drafts.SelectMany(d => d.Targets.Select(t => t.TargetId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        html.Append("<h2>Deadlines met and breached, per target</h2><table><tr><th>target</th>");
        foreach (var draft in report.Drafts)
        {
            html.Append("<th>").Append(Encode(draft.Draft)).Append(": met / breached</th>");
        }

        html.Append("</tr>");
        foreach (var target in targets)
        {
            html.Append("<tr><td>").Append(Encode(target)).Append("</td>");
            foreach (var draft in report.Drafts)
            {
                var result = draft.Targets.FirstOrDefault(t => t.TargetId == target);
                html.Append("<td>").Append(result?.Met ?? 0).Append(" / ").Append(result?.Breached ?? 0).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }

    private static void QueueChart(StringBuilder html, SimulationReport report)
    {
        var samples = report.Drafts.SelectMany(d => d.Queue).ToList();
        if (samples.Count == 0)
        {
            return;
        }

        var start = samples.Min(s => s.At);
        var span = Math.Max(1, (samples.Max(s => s.At) - start).TotalMinutes);
        var top = Math.Max(1, samples.Max(s => s.Queued + s.InHand));
        html.Append("<h2>Cases waiting in the queue over the day</h2>")
            .Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-label=\"Queue length over the day\" width=\"{Width + 60}\" height=\"{Height + 40}\" viewBox=\"0 0 {Width + 60} {Height + 40}\">")
            .Append(CultureInfo.InvariantCulture, $"<line x1=\"40\" y1=\"{Height}\" x2=\"{Width + 40}\" y2=\"{Height}\" stroke=\"#8c959f\"/><line x1=\"40\" y1=\"0\" x2=\"40\" y2=\"{Height}\" stroke=\"#8c959f\"/>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"12\" font-size=\"11\">{top}</text><text x=\"20\" y=\"{Height}\" font-size=\"11\">0</text>");
        for (var hour = 0; hour <= span / 60; hour += Math.Max(1, (int)(span / 60 / 12)))
        {
            var x = 40 + (hour * 60 / span * Width);
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{Height + 16}\" font-size=\"11\">{start.AddHours(hour):HH:mm}</text>");
        }

        for (var i = 0; i < report.Drafts.Count; i++)
        {
            var points = string.Join(' ', report.Drafts[i].Queue.Select(s =>
                string.Create(CultureInfo.InvariantCulture, $"{40 + ((s.At - start).TotalMinutes / span * Width):0.#},{Height - ((double)s.Queued / top * Height):0.#}")));
            var colour = Colours[i % Colours.Length];
            html.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{points}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - 160}\" y=\"{14 + (i * 16)}\" fill=\"{colour}\" font-size=\"12\">{Encode(report.Drafts[i].Draft)}</text>");
        }

        html.Append("</svg>");
    }

    private static void Agents(StringBuilder html, SimulationReport report)
    {
        html.Append("<h2>Agents</h2><table><tr><th>draft</th><th>agent</th><th>department</th><th>on shift (h)</th><th>busy (h)</th><th>utilisation</th><th>resolved</th></tr>");
        foreach (var draft in report.Drafts)
        {
            foreach (var agent in draft.Agents)
            {
                html.Append("<tr><td>").Append(Encode(draft.Draft)).Append("</td><td>").Append(Encode(agent.PersonId)).Append("</td><td>").Append(Encode(agent.DepartmentId))
                    .Append("</td><td>").Append(Number(agent.ShiftHours)).Append("</td><td>").Append(Number(agent.BusyHours)).Append("</td><td>")
                    .Append(Percent(agent.Utilisation)).Append("</td><td>").Append(agent.Resolved).Append("</td></tr>");
            }
        }

        html.Append("</table>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0.0 %", CultureInfo.InvariantCulture);
}
