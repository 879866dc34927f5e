using System.Text;
using Asivado.LoadTest.Database;

namespace Asivado.LoadTest.Reports;

/// <summary>The report's database section: pg_stat_database deltas of the scratch database, per second, and the CPU of its server processes.</summary>
internal static class ReportDatabase
{
    public static void Append(StringBuilder html, RunResults results)
    {
        Html.Heading(html, "Database");
        if (results.Database is not { } database)
        {
            Html.Note(html, "No database figures (the embedded default, or a target host: only a launch on PostgreSQL measures its scratch database).");
            return;
        }

        var totals = database.Totals;
        var rates = database.PerSecond;
        html.Append("<table id=\"database\"><tr><th>pg_stat_database</th><th>total</th><th>per second</th></tr>");
        foreach (var (name, total, rate) in Rows(totals, rates))
        {
            html.Append($"<tr><th>{Svg.Encode(name)}</th><td>{Html.Count(total)}</td><td>{Svg.Number(Math.Round(rate, 1))}</td></tr>");
        }

        html.Append("</table>");
        Html.Table(html, "database-cpu",
        [
            ("Database", database.DatabaseName),
            ("Window (s), of which the statistics flush wait", $"{Svg.Number(Math.Round(database.WindowSeconds, 1))}, {Svg.Number(database.FlushWaitSeconds)}"),
            ("CPU % of its backends (100 = one core)", Html.Optional(database.BackendCpuPercent)),
            ("CPU % of every postgres process on the machine", Html.Optional(database.ServerCpuPercent)),
        ]);
        html.Append(SvgLineChart.Render("Database work per second", "seconds since the run started", "per second",
        [
            Series("commits", Html.Palette[0], database.Samples, sample => sample.Rates.Commits),
            Series("rows returned", Html.Palette[1], database.Samples, sample => sample.Rates.RowsReturned),
            Series("rows fetched", Html.Palette[3], database.Samples, sample => sample.Rates.RowsFetched),
            Series("rows written", Html.Palette[2], database.Samples, sample => sample.Rates.RowsWritten),
        ]));
        if (database.BackendCpuPercent is not null)
        {
            html.Append(SvgLineChart.Render("PostgreSQL CPU (100 = one core)", "seconds since the run started", "CPU %",
            [
                Series("its backends", Html.Palette[0], database.Samples, sample => sample.BackendCpuPercent ?? 0),
                Series("all postgres", Html.Palette[5], database.Samples, sample => sample.ServerCpuPercent ?? 0),
            ]));
        }

        Html.Note(html, "From the start of intake to a reading taken after the drain and the flush wait; PostgreSQL flushes a backend's counters at most once a second while busy, so single samples are lumpy.");
    }

    public static IEnumerable<(string Name, long Total, double Rate)> Rows(DatabaseCounters totals, DatabaseRates rates) =>
    [
        ("transactions committed", totals.Commits, rates.Commits),
        ("transactions rolled back", totals.Rollbacks, rates.Rollbacks),
        ("rows returned", totals.RowsReturned, rates.RowsReturned),
        ("rows fetched", totals.RowsFetched, rates.RowsFetched),
        ("rows inserted", totals.RowsInserted, rates.RowsInserted),
        ("rows updated", totals.RowsUpdated, rates.RowsUpdated),
        ("rows deleted", totals.RowsDeleted, rates.RowsDeleted),
        ("blocks read", totals.BlocksRead, rates.BlocksRead),
        ("blocks hit", totals.BlocksHit, rates.BlocksHit),
    ];

    private static ChartSeries Series(string name, string color, IReadOnlyList<DatabaseSample> samples, Func<DatabaseSample, double> value) =>
        new(name, color, [.. samples.Select(sample => new ChartPoint(sample.ElapsedSeconds, value(sample)))]);
}
