namespace Asivado.LoadTest.Reports;

/// <summary>
/// Renders results as one self-contained HTML file (well-formed XHTML syntax, inline CSS and SVG, no script, nothing
/// fetched). Every string from the results is HTML-encoded.
/// </summary>
public static class HtmlReport
{
    public static string Render(RunResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var html = Html.Open($"Load test: {results.Label}");
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

        ReportSummary.Append(html, results);
        ReportCharts.Append(html, results);
        ReportConsoles.Append(html, results);
        ReportHost.Append(html, results);
        ReportDatabase.Append(html, results);
        return Html.Close(html);
    }
}
