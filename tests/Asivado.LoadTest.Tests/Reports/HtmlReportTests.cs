using System.Xml.Linq;
using Asivado.LoadTest.Reports;

namespace Asivado.LoadTest.Tests.Reports;

public sealed class HtmlReportTests
{
    internal static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    internal static readonly XNamespace SvgNamespace = "http://www.w3.org/2000/svg";

    [Fact]
    public void Report_is_one_well_formed_document_with_its_charts_and_nothing_fetched()
    {
        var html = HtmlReport.Render(SampleResults.Create());

        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        var document = Parse(html);
        Assert.Equal(
            [
                "Intake latency percentiles per second", "Throughput per second", "Escalation lateness percentiles per second",
                "Escalation lateness (arrival at console minus due instant)", "CPU (100 = one core)", "Host resident memory",
                "Database work per second", "PostgreSQL CPU (100 = one core)",
            ],
            document.Descendants(SvgNamespace + "svg").Select(svg => svg.Element(SvgNamespace + "title")!.Value));
        Assert.Equal(["Summary", "Charts", "Consoles", "Host", "Database"], document.Descendants(Xhtml + "h2").Select(heading => heading.Value));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/", "", StringComparison.Ordinal).Replace("http://127.0.0.1:5000/", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_string_from_the_results_is_encoded()
    {
        var html = HtmlReport.Render(SampleResults.Create(passed: false));

        Assert.Contains("smoke &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
        Assert.Contains("HTTP 503 &lt;busy&gt;: 1", html, StringComparison.Ordinal);
        Assert.Contains("PollingBaseline:Interval=00:00:10 &lt;x&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<li>errors: 1 &gt; maxErrors 0 &lt;b&gt;</li>", html, StringComparison.Ordinal);
        var document = Parse(html);
        Assert.Equal("Load test: smoke <script>alert('x')</script> & co", document.Descendants(Xhtml + "title").Single().Value);
        Assert.Equal("FAILED", document.Descendants(Xhtml + "p").Single(p => (string?)p.Attribute("id") == "verdict").Value);
    }

    [Fact]
    public void Summary_holds_the_numbers()
    {
        var document = Parse(HtmlReport.Render(SampleResults.Create()));

        var percentiles = Table(document, "percentiles");
        var intakeRow = percentiles.Elements(Xhtml + "tr").Single(row => row.Element(Xhtml + "th")!.Value == "Intake latency");
        Assert.Equal(["98", "1.25", "3.45", "7.9", "7.9", "12.345"], intakeRow.Elements(Xhtml + "td").Select(cell => cell.Value));
        Assert.Equal("PASSED", document.Descendants(Xhtml + "p").Single(p => (string?)p.Attribute("id") == "verdict").Value);
        var summary = Cells(document, "summary");
        Assert.Equal("100 / 99 / 0 / 1", summary["Intake sent / created / shed / errors"]);
        Assert.Equal("49.5", summary["Intake throughput (/s), after warm-up"]);
        Assert.Equal("2 departments × (2 agents + 1 leads) + 1 manager = 7 people", summary["Organisation"]);
        var totals = Cells(document, "totals");
        Assert.Equal("20 / 20", totals["Escalations received / cases escalated"]);
        Assert.Equal("20 / 20", totals["Expected breaches delivered / expected"]);
        var host = Cells(document, "host");
        Assert.Equal("50 / 64.5", host["Host CPU % mean / max (100 = one core)"]);
        Assert.Equal("210 / 210", host["Host RSS max / at the end (MiB)"]);
        Assert.Equal("170 / 190", host["Machine CPU % mean / max"]);
        var consoles = Cells(document, "consoles");
        Assert.Equal("20 / 20 / 0", consoles["Requested / connected / failed"]);
        Assert.Equal("escalation: 20, queue-changed: 18", consoles["Pushes by kind"]);
    }

    [Fact]
    public void Database_section_has_totals_and_rates_per_second()
    {
        var document = Parse(HtmlReport.Render(SampleResults.Create()));

        var rows = Table(document, "database").Elements(Xhtml + "tr").Skip(1)
            .ToDictionary(row => row.Element(Xhtml + "th")!.Value, row => row.Elements(Xhtml + "td").Select(cell => cell.Value).ToArray());
        Assert.Equal(["620", "20"], rows["transactions committed"]);
        Assert.Equal(["3100", "100"], rows["rows returned"]);
        Assert.Equal(["62", "2"], rows["rows deleted"]);
        Assert.Equal("2.5", Cells(document, "database-cpu")["CPU % of its backends (100 = one core)"]);
    }

    [Fact]
    public void Without_a_database_the_section_says_why_and_draws_no_database_chart()
    {
        var document = Parse(HtmlReport.Render(SampleResults.Create(withDatabase: false)));

        Assert.DoesNotContain(document.Descendants(SvgNamespace + "title"), title => title.Value.StartsWith("Database", StringComparison.Ordinal));
        Assert.Contains(document.Descendants(Xhtml + "p"), p => p.Value.StartsWith("No database figures", StringComparison.Ordinal));
    }

    [Fact]
    public void Lateness_histogram_has_one_bar_per_bin_labelled_with_its_count()
    {
        var document = Parse(HtmlReport.Render(SampleResults.Create()));

        var histogram = document.Descendants(SvgNamespace + "svg").Single(svg => svg.Element(SvgNamespace + "title")!.Value.StartsWith("Escalation lateness (", StringComparison.Ordinal));
        Assert.Equal(["< 1 ms: 0", "10–50 ms: 12", "≥ 10 s: 8"], histogram.Elements(SvgNamespace + "rect").Select(bar => bar.Element(SvgNamespace + "title")!.Value));
    }

    internal static XDocument Parse(string html) => XDocument.Parse(html["<!DOCTYPE html>\n".Length..]);

    internal static XElement Table(XDocument document, string id) =>
        document.Descendants(Xhtml + "table").Single(table => (string?)table.Attribute("id") == id);

    internal static Dictionary<string, string> Cells(XDocument document, string tableId) =>
        Table(document, tableId).Elements(Xhtml + "tr").ToDictionary(row => row.Element(Xhtml + "th")!.Value, row => row.Element(Xhtml + "td")!.Value);
}
