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
        foreach (var (name, latency) in new[] { ("intake latency", results.Intake.Latency), ("escalation lateness", results.Escalations.Lateness) })
        {
            table.AddRow(name, latency.Count.ToString(CultureInfo.InvariantCulture), Ms(latency.P50), Ms(latency.P90), Ms(latency.P99), Ms(latency.P999), Ms(latency.Max));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "intake {0:0.#}/s, {1} errors; escalations {2} received, {3} lost", results.Intake.ThroughputPerSecond, results.Intake.Errors, results.Escalations.Received, results.Escalations.Lost);
        foreach (var failure in results.Verdict.Failures)
        {
            AnsiConsole.MarkupLine("[red]FAILED[/] {0}", Markup.Escape(failure));
        }

        AnsiConsole.MarkupLine(results.Verdict.Passed ? "[green]PASSED[/] {0}" : "[red]FAILED[/] {0}", Markup.Escape(outputDirectory));
    }

    private static string Ms(long microseconds) => (microseconds / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
}
