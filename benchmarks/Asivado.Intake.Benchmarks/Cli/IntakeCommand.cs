using System.CommandLine;
using Asivado.Intake.Benchmarks.Intake;

namespace Asivado.Intake.Benchmarks.Cli;

/// <summary>
/// <c>intake --rate 2000 --seconds 30</c>: the gateway as its own process on a fresh PostgreSQL database, POST
/// /api/cases open loop at the rate, then latency, errors and the database work per intake. Exit 1 on any error.
/// </summary>
internal static class IntakeCommand
{
    public static Command Create()
    {
        var shared = new GatewayOptions();
        var rate = new Option<double>("--rate") { Description = "Intakes started per second.", DefaultValueFactory = _ => 2000 };
        var seconds = new Option<int>("--seconds") { Description = "How long the measured period starts intakes.", DefaultValueFactory = _ => 30 };
        var command = new Command("intake", "Durable intakes at a fixed rate against the gateway process on PostgreSQL.") { rate, seconds };
        shared.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!BenchmarkPostgres.TryResolve(parse.GetValue(shared.Postgres), out var server))
            {
                await Console.Error.WriteLineAsync(BenchmarkPostgres.Missing);
                return 2;
            }

            await using var gateway = await GatewayUnderTest.StartAsync(server, parse.GetValue(shared.Departments), parse.GetValue(shared.MaxPoolSize), cancellationToken);
            Output.Line($"gateway pid {gateway.Process.ProcessId} at {gateway.Process.BaseAddress}, database {gateway.Database.Name}");
            Output.Line($"server: {await ServerSettings.DescribeAsync(gateway.Database.DataSource, cancellationToken)}");
            using var http = GatewayOptions.CreateClient(gateway.Process.BaseAddress, parse.GetValue(shared.Connections), gateway.IntegrationToken);
            var step = new IntakeStep(GatewayOptions.CreateApi(http), gateway.Process.ProcessId, parse.GetValue(shared.MaxConcurrency), parse.GetValue(shared.Departments));
            var target = parse.GetValue(rate);

            var warmupErrors = 0L;
            if (parse.GetValue(shared.WarmupSeconds) is > 0 and var warmupSeconds)
            {
                var warmup = await step.RunAsync(parse.GetValue(shared.WarmupRate) ?? target / 4, TimeSpan.FromSeconds(warmupSeconds), cancellationToken);
                Output.Step("warm-up (not measured)", warmup);
                warmupErrors = warmup.ErrorCount;
            }

            await Task.Delay(DatabaseActivity.FlushDelay, cancellationToken);
            var before = await DatabaseActivity.ReadAsync(gateway.Database.DataSource, cancellationToken);
            var measured = await step.RunAsync(target, TimeSpan.FromSeconds(parse.GetValue(seconds)), cancellationToken);
            Output.Step("measured", measured);
            await Task.Delay(DatabaseActivity.FlushDelay, cancellationToken);
            var after = await DatabaseActivity.ReadAsync(gateway.Database.DataSource, cancellationToken);
            Output.PerIntake(after.Minus(before));
            Output.Line($"stored after the run (warm-up included):");
            foreach (var line in await StoredRows.DescribeAsync(gateway.Database.DataSource, cancellationToken))
            {
                Console.WriteLine(line);
            }
            if (measured.ErrorCount + warmupErrors > 0)
            {
                Output.Line($"gateway output (last lines):");
                Console.WriteLine(string.Join('\n', gateway.Process.Output.Split('\n').TakeLast(40)));
            }

            return measured.ErrorCount == 0 ? 0 : 1;
        });
        return command;
    }
}
