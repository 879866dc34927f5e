using System.CommandLine;
using Asivado.LoadTest.Reports;

namespace Asivado.LoadTest.Cli;

/// <summary><c>report --results results.json --out report.html</c>: regenerates the HTML report.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var results = new Option<FileInfo>("--results") { Description = "A results.json written by 'run'.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "HTML file to write.", Required = true };
        results.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo>() is { Exists: false } file)
            {
                result.AddError($"--results: file '{file.FullName}' does not exist.");
            }
        });

        var command = new Command("report", "Regenerate report.html from results.json.") { results, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            RunResults read;
            try
            {
                read = await ResultsFile.ReadAsync(parse.GetValue(results)!.FullName, cancellationToken);
            }
            catch (InvalidDataException exception)
            {
                await Console.Error.WriteLineAsync(exception.Message);
                return ExitCodes.BadInput;
            }

            await File.WriteAllTextAsync(parse.GetValue(output)!.FullName, HtmlReport.Render(read), cancellationToken);
            return ExitCodes.Passed;
        });
        return command;
    }
}
