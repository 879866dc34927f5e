using System.CommandLine;
using Asivado.LoadTest.Reports;
using Spectre.Console;

namespace Asivado.LoadTest.Cli;

/// <summary><c>compare a/results.json b/results.json [...] [--out compare.html]</c>: the runs side by side, as a table and optionally HTML.</summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var results = new Argument<FileInfo[]>("results") { Description = "Two or more results.json files written by 'run'.", Arity = new ArgumentArity(2, 20) };
        var output = new Option<FileInfo?>("--out") { Description = "HTML file to write the comparison to." };
        results.Validators.Add(result =>
        {
            foreach (var file in result.GetValueOrDefault<FileInfo[]>() ?? [])
            {
                if (!file.Exists)
                {
                    result.AddError($"results: file '{file.FullName}' does not exist.");
                }
            }
        });

        var command = new Command("compare", "Put two or more runs side by side: lateness percentiles, database work per second, intake and host figures.") { results, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var runs = new List<RunResults>();
            try
            {
                foreach (var input in parse.GetValue(results)!)
                {
                    runs.Add(await ResultsFile.ReadAsync(input.FullName, cancellationToken));
                }
            }
            catch (InvalidDataException exception)
            {
                await Console.Error.WriteLineAsync(exception.Message);
                return ExitCodes.BadInput;
            }

            Write(Comparison.Of(runs));
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, CompareReport.Render(runs), cancellationToken);
                AnsiConsole.MarkupLine("wrote {0}", Markup.Escape(file.FullName));
            }

            return ExitCodes.Passed;
        });
        return command;
    }

    private static void Write(Comparison comparison)
    {
        var table = new Table().AddColumn("");
        foreach (var run in comparison.Runs)
        {
            table.AddColumn(new TableColumn(Markup.Escape(run)).RightAligned());
        }

        foreach (var row in comparison.Rows)
        {
            table.AddRow([Markup.Escape(row.Name), .. row.Cells.Select(Markup.Escape)]);
        }

        AnsiConsole.Write(table);
    }
}
