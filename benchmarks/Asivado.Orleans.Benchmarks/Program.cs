using Asivado.Orleans.Benchmarks.Deadlines;
using BenchmarkDotNet.Running;

// Plain runner modes come first; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == DeadlineServiceRun.Mode)
{
    return await DeadlineServiceRun.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
