using System.CommandLine;
using Asivado.LoadTest.Reports;
using Asivado.LoadTest.Run;
using Asivado.LoadTest.Scenarios;
using Spectre.Console;

namespace Asivado.LoadTest.Cli;

/// <summary>
/// <c>run --scenario file (--launch (--postgres cs | --embedded) [--host-setting K=V]… | --target url --signing-key k --api-key k) [--out dir]</c>:
/// exit 0 passed, 1 failed expectations, 2 bad input, 3 host unreachable.
/// </summary>
public static class RunCommand
{
    private const int HostOutputLines = 40;

    public static Command Create()
    {
        var options = new RunOptions();
        var command = new Command("run", "Run a scenario against a launched gateway or a running host; write results.json and report.html.");
        options.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            RunRequest request;
            try
            {
                var scenario = ScenarioLoader.Load(parse.GetValue(options.Scenario)!.FullName);
                request = RunRequestBuilder.Build(options, parse, scenario, Environment.GetEnvironmentVariable);
            }
            catch (Exception exception) when (exception is ScenarioException or OptionException)
            {
                await Console.Error.WriteLineAsync(exception.Message);
                return ExitCodes.BadInput;
            }

            var session = new LoadTestSession(request, TimeProvider.System);
            RunResults results;
            try
            {
                results = await LiveTable.ShowWhileAsync(session.Progress, session.ExecuteAsync(cancellationToken));
            }
            catch (HostUnreachableException exception)
            {
                await Console.Error.WriteLineAsync($"Run aborted before measuring: {exception.Message}");
                return ExitCodes.HostUnreachable;
            }

            var directory = parse.GetValue(options.Output)!;
            directory.Create();
            await ResultsFile.WriteAsync(Path.Combine(directory.FullName, "results.json"), results, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "report.html"), HtmlReport.Render(results), cancellationToken);
            Summary.Write(results, directory.FullName);
            if (!results.Verdict.Passed && session.HostOutput is { Length: > 0 } output)
            {
                AnsiConsole.MarkupLine("[grey]gateway output (last lines):[/]");
                AnsiConsole.WriteLine(string.Join('\n', output.Split('\n').TakeLast(HostOutputLines)));
            }

            if (results.HostExitedDuring is { } phase)
            {
                await Console.Error.WriteLineAsync($"The gateway exited during {phase}: the results hold what was measured until then.");
                return ExitCodes.HostUnreachable;
            }

            return results.Verdict.Passed ? ExitCodes.Passed : ExitCodes.Failed;
        });
        return command;
    }
}
