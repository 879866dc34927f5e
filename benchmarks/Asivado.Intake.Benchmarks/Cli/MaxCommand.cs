using System.CommandLine;
using Asivado.Intake.Benchmarks.Intake;

namespace Asivado.Intake.Benchmarks.Cli;

/// <summary>
/// <c>max</c>: raises the open-loop rate step by step until p99 exceeds the limit, an intake fails, or the achieved
/// rate falls below 95 % of the target (with --saturate, only the last two stop it); prints every step, the highest
/// rate that met the limit, and the highest rate achieved at all (the sustained durable intake rate).
/// </summary>
internal static class MaxCommand
{
    public static Command Create()
    {
        var shared = new GatewayOptions();
        var startRate = new Option<double>("--start-rate") { Description = "First step's rate.", DefaultValueFactory = _ => 500 };
        var stepRate = new Option<double>("--step-rate") { Description = "Added at each step.", DefaultValueFactory = _ => 500 };
        var stepSeconds = new Option<int>("--step-seconds") { Description = "Length of each step.", DefaultValueFactory = _ => 10 };
        var p99Limit = new Option<double>("--p99-ms") { Description = "Stop when a step's p99 exceeds this.", DefaultValueFactory = _ => 50 };
        var maxRate = new Option<double>("--max-rate") { Description = "Stop after this rate whatever happens.", DefaultValueFactory = _ => 20_000 };
        var saturate = new Option<bool>("--saturate")
        {
            Description = "Go on past the p99 limit until an intake fails or the achieved rate falls below 95 % of the target: finds the sustained durable intake rate.",
        };
        var command = new Command("max", "Ramp the intake rate until p99 exceeds the limit or intakes fail.") { startRate, stepRate, stepSeconds, p99Limit, maxRate, saturate };
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
            var rate = parse.GetValue(startRate);
            var duration = TimeSpan.FromSeconds(parse.GetValue(stepSeconds));
            var limit = parse.GetValue(p99Limit);

            if (parse.GetValue(shared.WarmupSeconds) is > 0 and var warmupSeconds)
            {
                Output.Step("warm-up (not measured)", await step.RunAsync(parse.GetValue(shared.WarmupRate) ?? rate / 4, TimeSpan.FromSeconds(warmupSeconds), cancellationToken));
            }

            IntakeStepResult? bestWithinLimit = null;
            IntakeStepResult? bestAchieved = null;
            while (rate <= parse.GetValue(maxRate))
            {
                var result = await step.RunAsync(rate, duration, cancellationToken);
                Output.Step($"step {rate:0}/s", result);
                if (bestAchieved is null || result.AchievedRate > bestAchieved.AchievedRate)
                {
                    bestAchieved = result;
                }

                var sustained = result.ErrorCount == 0 && result.AchievedRate >= 0.95 * rate;
                var withinLimit = sustained && result.P99Milliseconds <= limit;
                if (withinLimit)
                {
                    bestWithinLimit = result;
                }

                if (!sustained || (!withinLimit && !parse.GetValue(saturate)))
                {
                    Output.Line($"  stop: {(result.ErrorCount > 0 ? "errors" : !sustained ? "achieved rate below 95 % of the target" : $"p99 {result.P99Milliseconds:0.0} ms > {limit:0} ms")}");
                    break;
                }

                rate += parse.GetValue(stepRate);
            }

            Output.Line($"highest rate with p99 ≤ {limit:0} ms and no errors: {(bestWithinLimit is null ? "none" : $"{bestWithinLimit.TargetRate:0}/s (achieved {bestWithinLimit.AchievedRate:0}/s, p99 {bestWithinLimit.P99Milliseconds:0.0} ms)")}");
            Output.Line($"highest achieved durable intake rate in any step: {bestAchieved?.AchievedRate ?? 0:0}/s");
            Output.Line($"stored after the run:");
            foreach (var line in await StoredRows.DescribeAsync(gateway.Database.DataSource, cancellationToken))
            {
                Console.WriteLine(line);
            }
            return 0;
        });
        return command;
    }
}
