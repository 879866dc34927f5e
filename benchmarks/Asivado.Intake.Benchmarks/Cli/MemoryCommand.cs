using System.CommandLine;
using Asivado.Intake.Benchmarks.Memory;

namespace Asivado.Intake.Benchmarks.Cli;

/// <summary><c>memory --cases 100000</c>: managed memory per open case with its pending deadlines, in process.</summary>
internal static class MemoryCommand
{
    public static Command Create()
    {
        var cases = new Option<int>("--cases") { Description = "Cases to open.", DefaultValueFactory = _ => 100_000 };
        var departments = new Option<int>("--departments") { Description = "Departments the cases are spread over, round robin.", DefaultValueFactory = _ => 1 };
        var concurrency = new Option<int>("--concurrency") { Description = "Intakes submitted at once.", DefaultValueFactory = _ => 64 };
        var via = new Option<string>("--via") { Description = "intake: ICaseGrain.TakeIn under a keyed id, as the gateway does; case: ICaseGrain.Open under a plain id.", DefaultValueFactory = _ => "intake" };
        via.AcceptOnlyFromAmong("intake", "case");
        var command = new Command("memory", "Open N cases in process (memory providers, seed policies) and report memory per open case.") { cases, departments, concurrency, via };
        command.SetAction(async (parse, _) =>
            await new MemoryRun(parse.GetValue(cases), parse.GetValue(departments), parse.GetValue(concurrency), parse.GetValue(via) == "intake").ExecuteAsync());
        return command;
    }
}
