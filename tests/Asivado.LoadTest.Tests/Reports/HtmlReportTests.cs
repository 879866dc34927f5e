using System.Xml.Linq;
using Asivado.LoadTest.Reports;

namespace Asivado.LoadTest.Tests.Reports;

public sealed class HtmlReportTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace SvgNamespace = "http://www.w3.org/2000/svg";

    [Fact]
    public void Report_is_one_well_formed_document_with_four_charts_plus_the_host_chart()
    {
        var html = HtmlReport.Render(SampleResults.Create());

        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        var document = Parse(html);
        Assert.Equal(5, document.Descendants(SvgNamespace + "svg").Count());
        Assert.Equal(
            ["Intake latency percentiles per second", "Throughput per second", "Escalation lateness percentiles per second", "Escalation lateness (arrival at console minus due instant)", "Host process"],
            document.Descendants(SvgNamespace + "svg").Select(svg => svg.Element(SvgNamespace + "title")!.Value));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_string_from_the_results_is_encoded()
    {
        var html = HtmlReport.Render(SampleResults.Create(passed: false));

        Assert.Contains("smoke &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
        Assert.Contains("Intake error: HTTP 503 &lt;busy&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<li>errors: 1 &gt; maxErrors 0 &lt;b&gt;</li>", html, StringComparison.Ordinal);
        var document = Parse(html);
        Assert.Equal("Load test: smoke <script>alert('x')</script> & co", document.Descendants(Xhtml + "title").Single().Value);
    }

    [Fact]
    public void Summary_holds_the_numbers()
    {
        var document = Parse(HtmlReport.Render(SampleResults.Create()));

        var percentiles = document.Descendants(Xhtml + "table").Single(table => (string?)table.Attribute("id") == "percentiles");
        var intakeRow = percentiles.Elements(Xhtml + "tr").Single(row => row.Element(Xhtml + "th")!.Value == "Intake latency");
        Assert.Equal(["98", "1.25", "3.45", "7.9", "7.9", "12.345"], intakeRow.Elements(Xhtml + "td").Select(cell => cell.Value));
        Assert.Equal("PASSED", document.Descendants(Xhtml + "p").Single(p => (string?)p.Attribute("id") == "verdict").Value);
        var summary = Cells(document, "summary");
        Assert.Equal("100 / 99 / 1", summary["Intake sent / created / errors"]);
        Assert.Equal("49.5", summary["Intake throughput (/s)"]);
        Assert.Equal("25", summary["Duration (s), warm-up excluded"]);
        var totals = Cells(document, "totals");
        Assert.Equal("20 / 20 / 0", totals["Escalations received / cases escalated / lost"]);
        Assert.Equal("50 / 64.5", totals["Host CPU % mean / max (100 = one core)"]);
        Assert.Equal("210", totals["Host RSS max (MiB)"]);
    }

    [Fact]
    public void Lateness_histogram_has_one_bar_per_bin_labelled_with_its_count()
    {
        var document = Parse(HtmlReport.Render(SampleResults.Create()));

        var histogram = document.Descendants(SvgNamespace + "svg").Single(svg => svg.Element(SvgNamespace + "title")!.Value.StartsWith("Escalation lateness (", StringComparison.Ordinal));
        Assert.Equal(["< 1 ms: 0", "10–50 ms: 12", "≥ 10 s: 8"], histogram.Elements(SvgNamespace + "rect").Select(bar => bar.Element(SvgNamespace + "title")!.Value));
    }

    private static XDocument Parse(string html) => XDocument.Parse(html["<!DOCTYPE html>\n".Length..]);

    private static Dictionary<string, string> Cells(XDocument document, string tableId) =>
        document.Descendants(Xhtml + "table")
            .Single(table => (string?)table.Attribute("id") == tableId)
            .Elements(Xhtml + "tr")
            .ToDictionary(row => row.Element(Xhtml + "th")!.Value, row => row.Element(Xhtml + "td")!.Value);
}
