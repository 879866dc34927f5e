using System.CommandLine;
using Asivado.Intake.Benchmarks.Cli;

var root = new RootCommand("Asivado intake benchmarks: durable intakes/s and latency against the gateway on PostgreSQL, and memory per open case.")
{
    IntakeCommand.Create(),
    MaxCommand.Create(),
    MemoryCommand.Create(),
    ReapplyCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
