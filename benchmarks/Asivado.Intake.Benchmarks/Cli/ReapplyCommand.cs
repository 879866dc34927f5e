using System.CommandLine;
using Asivado.Intake.Benchmarks.Intake;
using Asivado.Intake.Benchmarks.Reapply;

namespace Asivado.Intake.Benchmarks.Cli;

/// <summary><c>reapply --cases 10000 [--store postgres]</c>: how long a published calendar version takes to reach N open cases.</summary>
internal static class ReapplyCommand
{
    public static Command Create()
    {
        var cases = new Option<int>("--cases") { Description = "Open cases to re-apply the revision to.", DefaultValueFactory = _ => 10_000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Intakes submitted at once while opening them.", DefaultValueFactory = _ => 64 };
        var store = new Option<string>("--store") { Description = "memory: memory grain state and deadline table; postgres: the project's PostgreSQL providers on a scratch database.", DefaultValueFactory = _ => "memory" };
        store.AcceptOnlyFromAmong("memory", "postgres");
        var postgres = new Option<string?>("--postgres") { Description = $"With --store postgres: a server whose role may CREATE DATABASE. Default: ${BenchmarkPostgres.Variable}." };
        var command = new Command("reapply", "Open N cases in process, publish a calendar version with a new holiday, and time its re-application to every open case.")
        {
            cases, concurrency, store, postgres,
        };
        command.SetAction(async (parse, _) =>
        {
            string? server = null;
            if (parse.GetValue(store) == "postgres")
            {
                if (!BenchmarkPostgres.TryResolve(parse.GetValue(postgres), out var resolved))
                {
                    await Console.Error.WriteLineAsync(BenchmarkPostgres.Missing);
                    return 2;
                }

                server = resolved;
            }

            return await new ReapplyRun(parse.GetValue(cases), parse.GetValue(concurrency), server).ExecuteAsync();
        });
        return command;
    }
}
