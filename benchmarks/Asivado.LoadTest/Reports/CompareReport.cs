using Asivado.LoadTest.Database;

namespace Asivado.LoadTest.Reports;

/// <summary>Two or more runs side by side as one self-contained HTML file: the comparison table, lateness percentiles and database work per second as bars.</summary>
public static class CompareReport
{
    public static string Render(IReadOnlyList<RunResults> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var comparison = Comparison.Of(runs);
        var html = Html.Open($"Load test comparison: {string.Join(" vs ", comparison.Runs)}");
        html.Append("<table id=\"comparison\"><tr><th></th>");
        foreach (var run in comparison.Runs)
        {
            html.Append($"<th>{Svg.Encode(run)}</th>");
        }

        html.Append("</tr>");
        foreach (var row in comparison.Rows)
        {
            html.Append($"<tr><th>{Svg.Encode(row.Name)}</th>");
            foreach (var cell in row.Cells)
            {
                html.Append($"<td>{Svg.Encode(cell)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
        var percentiles = Comparison.Percentiles;
        html.Append(SvgGroupedBarChart.Render("Escalation lateness percentiles", "ms", [.. percentiles.Select(percentile => percentile.Percentile)],
            [.. runs.Select((run, index) => (run.Label, Html.Palette[index % Html.Palette.Length], (IReadOnlyList<double>)[.. percentiles.Select(percentile => percentile.Value(run.Escalations.Lateness) / 1000.0)]))]));
        var withDatabase = runs.Where(run => run.Database is not null).ToList();
        if (withDatabase.Count > 0)
        {
            string[] categories = ["commits", "rows returned", "rows fetched", "rows written", "blocks hit", "blocks read"];
            html.Append(SvgGroupedBarChart.Render("Database work per second", "per second", categories,
                [.. withDatabase.Select((run, index) => (run.Label, Html.Palette[runs.ToList().IndexOf(run) % Html.Palette.Length], (IReadOnlyList<double>)Values(run.Database!.PerSecond)))]));
        }

        Html.Note(html, "Lateness: arrival at a console minus the step's due instant. Database work: pg_stat_database deltas of each run's scratch database per second of its window (intake start to after the drain and statistics flush).");
        return Html.Close(html);
    }

    private static double[] Values(DatabaseRates rates) => [rates.Commits, rates.RowsReturned, rates.RowsFetched, rates.RowsWritten, rates.BlocksHit, rates.BlocksRead];
}
