using System.CommandLine;
using Asivado.LoadTest.Reports;
using Asivado.LoadTest.Run;
using Asivado.LoadTest.Scenarios;
using Spectre.Console;

namespace Asivado.LoadTest.Cli;

/// <summary><c>run --scenario file --target url [--token jwt] [--host-pid pid] [--out dir]</c>: exit 0 passed, 1 failed expectations, 2 bad input, 3 host unreachable.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var scenario = new Option<FileInfo>("--scenario") { Description = "Scenario JSON file (see scenarios/smoke.json).", Required = true };
        var target = new Option<string>("--target") { Description = "Base address of the running host, e.g. http://localhost:5000/.", Required = true };
        var token = new Option<string?>("--token") { Description = "JWT sent as Bearer header and as the hub's access_token." };
        var hostPid = new Option<int?>("--host-pid") { Description = "Process id of the host on this machine, to sample its CPU and memory." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory for results.json and report.html.", DefaultValueFactory = _ => new DirectoryInfo("loadtest-results") };
        target.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                result.AddError($"--target must be an absolute http or https address (got '{text}').");
            }
        });
        hostPid.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } pid && (pid <= 0 || !Directory.Exists($"/proc/{pid}")))
            {
                result.AddError($"--host-pid {pid}: no such process on this machine.");
            }
        });

        var command = new Command("run", "Drive a running host with a scenario and write results.json and report.html.") { scenario, target, token, hostPid, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            Scenario loaded;
            try
            {
                loaded = ScenarioLoader.Load(parse.GetValue(scenario)!.FullName);
            }
            catch (ScenarioException exception)
            {
                await Console.Error.WriteLineAsync(exception.Message);
                return 2;
            }

            var text = parse.GetValue(target)!;
            var baseAddress = new Uri(text.EndsWith('/') ? text : text + "/");
            var run = new LoadRun(new LoadRunOptions(loaded, baseAddress, parse.GetValue(token), parse.GetValue(hostPid)), TimeProvider.System);
            RunResults results;
            try
            {
                results = await LiveTable.ShowWhileAsync(run, run.ExecuteAsync(cancellationToken));
            }
            catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException)
            {
                await Console.Error.WriteLineAsync($"Run aborted before measuring: {exception.Message}");
                return 3;
            }

            var directory = parse.GetValue(output)!;
            directory.Create();
            await ResultsFile.WriteAsync(Path.Combine(directory.FullName, "results.json"), results, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "report.html"), HtmlReport.Render(results), cancellationToken);
            Summary.Write(results, directory.FullName);
            return results.Verdict.Passed ? 0 : 1;
        });
        return command;
    }
}
