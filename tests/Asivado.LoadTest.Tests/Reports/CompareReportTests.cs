using Asivado.LoadTest.Reports;

namespace Asivado.LoadTest.Tests.Reports;

public sealed class CompareReportTests
{
    [Fact]
    public void Comparison_puts_each_figure_of_each_run_side_by_side()
    {
        var reminders = SampleResults.Create("smoke", label: "reminders", latenessP99: 80_000);
        var polling = SampleResults.Create("smoke", label: "polling", withDatabase: false, latenessP99: 9_500_000);

        var comparison = Comparison.Of([reminders, polling]);

        Assert.Equal(["reminders", "polling"], comparison.Runs);
        var rows = comparison.Rows.ToDictionary(row => row.Name, row => row.Cells);
        Assert.Equal(["80", "9500"], rows["lateness p99 ms"]);
        Assert.Equal(["40", "40"], rows["lateness p50 ms"]);
        Assert.Equal(["20", Comparison.Missing], rows["db commits /s"]);
        Assert.Equal(["100", Comparison.Missing], rows["db rows returned /s"]);
        Assert.Equal(["49.5", "49.5"], rows["intake throughput /s"]);
        Assert.Equal(["passed", "passed"], rows["verdict"]);
    }

    [Fact]
    public void Comparison_html_is_well_formed_with_the_table_and_bar_charts()
    {
        var html = CompareReport.Render([SampleResults.Create("smoke", label: "reminders <a>"), SampleResults.Create("smoke", label: "polling")]);

        var document = HtmlReportTests.Parse(html);
        var table = HtmlReportTests.Table(document, "comparison");
        Assert.Equal(["", "reminders <a>", "polling"], table.Elements(HtmlReportTests.Xhtml + "tr").First().Elements(HtmlReportTests.Xhtml + "th").Select(cell => cell.Value));
        Assert.Equal(
            ["Escalation lateness percentiles", "Database work per second"],
            document.Descendants(HtmlReportTests.SvgNamespace + "svg").Select(svg => svg.Element(HtmlReportTests.SvgNamespace + "title")!.Value));
        var lateness = document.Descendants(HtmlReportTests.SvgNamespace + "svg").First();
        Assert.Contains(lateness.Descendants(HtmlReportTests.SvgNamespace + "title"), title => title.Value == "reminders <a>, p99: 120");
        Assert.Contains("reminders &lt;a&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }
}
