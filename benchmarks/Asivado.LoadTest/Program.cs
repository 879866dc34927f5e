using System.CommandLine;
using Asivado.LoadTest.Cli;

var root = new RootCommand("Asivado load tester: case intake over HTTP and agent consoles over SignalR, against a gateway it launches or a running host.")
{
    RunCommand.Create(),
    OrganisationCommand.Create(),
    ReportCommand.Create(),
    CompareCommand.Create(),
};
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        await Console.Error.WriteLineAsync(error.Message);
    }

    return ExitCodes.BadInput;
}

return await parse.InvokeAsync();
