using System.Globalization;
using Asivado.LoadTest.Reports;
using Spectre.Console;

namespace Asivado.LoadTest.Cli;

/// <summary>The end-of-run summary on the console.</summary>
public static class Summary
{
    public static void Write(RunResults results, string outputDirectory)
    {
        var table = new Table().AddColumns("", "count", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms");
        foreach (var (name, latency) in new[] { ("intake latency", results.Intake.Latency), ("escalation lateness", results.Escalations.Lateness), ("console connect", results.Consoles.ConnectLatency) })
        {
            table.AddRow(name, latency.Count.ToString(CultureInfo.InvariantCulture), Ms(latency.P50), Ms(latency.P90), Ms(latency.P99), Ms(latency.P999), Ms(latency.Max));
        }

        AnsiConsole.Write(table);
        var escalations = results.Escalations;
        AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"intake: {results.Intake.Created} created of {results.Intake.Sent}, {results.Intake.ThroughputPerSecond:0.#}/s measured, {results.Intake.Shed} shed ({ShedShare(results.Intake):0.#} %), {results.Intake.Errors} errors"));
        AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"consoles: {results.Consoles.Connected} of {results.Consoles.Requested} connected in {results.Consoles.ConnectSeconds:0.#} s, {results.Consoles.Failed} failed, {results.Consoles.Disconnected} dropped, {results.Consoles.Pushes} pushes"));
        AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"escalations: {escalations.Received} received, {escalations.ExpectedDeliveries - escalations.MissingDeliveries} of {escalations.ExpectedDeliveries} expected breaches delivered, {escalations.SequenceGaps} sequence gaps, {escalations.Lost} lost"));
        if (results.Host.Count > 0)
        {
            AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"host: CPU {results.Host.Average(sample => sample.CpuPercent):0.#}% mean, RSS {results.Host.Max(sample => sample.ResidentBytes) / 1048576.0:0.#} MiB max"));
        }

        if (results.Database is { } database)
        {
            var rates = database.PerSecond;
            AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"database {database.DatabaseName}: {rates.Commits:0.#} commits/s, rows returned {rates.RowsReturned:0.#}/s, fetched {rates.RowsFetched:0.#}/s, written {rates.RowsWritten:0.#}/s, over {database.WindowSeconds:0.#} s; backends CPU {Percent(database.BackendCpuPercent)}"));
        }

        foreach (var failure in results.Verdict.Failures)
        {
            AnsiConsole.MarkupLine("[red]FAILED[/] {0}", Markup.Escape(failure));
        }

        AnsiConsole.MarkupLine(results.Verdict.Passed ? "[green]PASSED[/] {0}" : "[red]FAILED[/] {0}", Markup.Escape(outputDirectory));
    }

    private static double ShedShare(IntakeResults intake) => intake.Sent == 0 ? 0 : 100.0 * intake.Shed / intake.Sent;

    private static string Ms(long microseconds) => (microseconds / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);

    private static string Percent(double? value) => value is { } percent ? percent.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "n/a";
}
