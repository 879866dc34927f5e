using Asivado.Runtime.Benchmarks.Calls;
using Asivado.Runtime.Benchmarks.Reminders;
using BenchmarkDotNet.Running;

// Plain runner modes come first; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == ReminderSchedulerRun.Mode)
{
    return await ReminderSchedulerRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == CallLatencyRun.Mode)
{
    return await CallLatencyRun.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
