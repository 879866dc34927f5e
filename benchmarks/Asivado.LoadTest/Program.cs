using System.CommandLine;
using Asivado.LoadTest.Cli;

var root = new RootCommand("Asivado load tester: case intake over HTTP and agent consoles over SignalR against a running host.")
{
    RunCommand.Create(),
    ReportCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
