using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Asivado.Runtime.Benchmarks.Grains;

namespace Asivado.Runtime.Benchmarks.Calls;

/// <summary>
/// Open-loop latency of grain calls at a fixed rate: a few driver threads send calls to <c>--grains</c> activated
/// <see cref="CounterBenchGrain"/>s on a fixed schedule (warm-up first, at the same rate, not recorded), and every
/// call's latency from its intended send instant goes into a log-linear histogram. Prints p50/p90/p99/p99.9/max, the
/// achieved rate, errors, and the garbage collections and pauses during the measured part.
/// Exit code 1 when a call failed or the achieved rate fell short of 99 % of the target.
/// </summary>
internal static class CallLatencyRun
{
    public const string Mode = "call-latency";
    private static readonly TimeSpan P99Target = TimeSpan.FromMilliseconds(1);

    public static async Task<int> RunAsync(string[] args)
    {
        CallLatencyArguments arguments;
        try
        {
            arguments = CallLatencyArguments.Parse(args);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(exception.Message);
            return 2;
        }

        await using var runtime = BenchmarkRuntime.Start();
        var grains = Enumerable.Range(0, arguments.Grains).Select(i => runtime.GrainFactory.GetGrain<ICounterBenchGrain>(i)).ToArray();
        await Task.WhenAll(grains.Select(grain => grain.Add(0)));

        var asynchronous = new LatencyHistogram();
        var asynchronousService = new LatencyHistogram();
        var drivers = Enumerable.Range(0, arguments.Drivers).Select(i => new OpenLoopDriver(i, arguments.Drivers, grains, asynchronous, asynchronousService, arguments.Spin)).ToArray();
        var ticksPerCall = Stopwatch.Frequency / (double)arguments.Rate;

        Console.WriteLine($"call-latency: {arguments.Rate:N0} calls/s for {arguments.Seconds:0.#} s from {arguments.Drivers} driver threads to {arguments.Grains:N0} grains, after a {arguments.WarmUpSeconds:0.#} s warm-up, drivers {(arguments.Spin ? "spin" : "yield")} while ahead; {Environment.ProcessorCount} cores; {(GCSettings.IsServerGC ? "server" : "workstation")} GC{(GCSettings.LatencyMode == GCLatencyMode.Interactive ? ", concurrent" : string.Empty)}; load average before: {LoadAverage()}");
        if (arguments.WarmUpSeconds > 0)
        {
            await RunPhaseAsync(drivers, ticksPerCall, arguments.WarmUpSeconds);
        }

        asynchronous = new LatencyHistogram();
        asynchronousService = new LatencyHistogram();
        drivers = Enumerable.Range(0, arguments.Drivers).Select(i => new OpenLoopDriver(i, arguments.Drivers, grains, asynchronous, asynchronousService, arguments.Spin)).ToArray();
        GC.Collect();
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;

        var elapsed = await RunPhaseAsync(drivers, ticksPerCall, arguments.Seconds);

        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var allocatedDuring = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var pausedDuring = GC.GetTotalPauseDuration() - paused;
        var histogram = new LatencyHistogram();
        foreach (var driver in drivers)
        {
            histogram.Add(driver.Inline);
        }

        histogram.Add(asynchronous);
        var service = new LatencyHistogram();
        foreach (var driver in drivers)
        {
            service.Add(driver.InlineService);
        }

        service.Add(asynchronousService);
        var sent = drivers.Sum(d => d.Sent);
        var errors = drivers.Sum(d => d.Errors + d.AsyncErrors);
        var queued = drivers.Sum(d => d.CompletedAsynchronously);
        var achieved = (sent - errors) / elapsed.TotalSeconds;
        var p99 = histogram.ValueAtQuantile(0.99);

        Console.WriteLine($"sent {sent:N0} calls; completed {histogram.TotalCount:N0} in {elapsed.TotalSeconds:0.000} s: achieved {achieved:N0} calls/s ({achieved * 100 / arguments.Rate:0.0} % of target); errors {errors:N0}; queued (not run inline) {queued:N0} ({queued * 100.0 / Math.Max(1, sent):0.000} %)");
        Console.WriteLine($"latency from intended send instant: p50 {Micros(histogram.ValueAtQuantile(0.50))}, p90 {Micros(histogram.ValueAtQuantile(0.90))}, p99 {Micros(p99)}, p99.9 {Micros(histogram.ValueAtQuantile(0.999))}, p99.99 {Micros(histogram.ValueAtQuantile(0.9999))}, max {Micros(histogram.Max)}");
        Console.WriteLine($"service time (from the actual send, without the wait for a driver to get a core): p50 {Micros(service.ValueAtQuantile(0.50))}, p90 {Micros(service.ValueAtQuantile(0.90))}, p99 {Micros(service.ValueAtQuantile(0.99))}, p99.9 {Micros(service.ValueAtQuantile(0.999))}, max {Micros(service.Max)}");
        Console.WriteLine($"over 1 ms: {histogram.CountAbove(1_000_000):N0} ({histogram.CountAbove(1_000_000) * 100.0 / Math.Max(1, histogram.TotalCount):0.000} %); over 10 ms: {histogram.CountAbove(10_000_000):N0}");
        Console.WriteLine($"GCs during the run: gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}; paused {pausedDuring.TotalMilliseconds:0.0} ms ({pausedDuring / elapsed * 100:0.00} % of the run); allocated {allocatedDuring / (double)Math.Max(1, sent):0} B/call; process CPU {cpuUsed / elapsed * 100:0} % of one core; load average after: {LoadAverage()}");
        Console.WriteLine($"p99 under {P99Target.TotalMilliseconds:0} ms at {arguments.Rate:N0} calls/s: {(p99 < P99Target.TotalNanoseconds ? "met" : "missed")}");

        return errors == 0 && achieved >= arguments.Rate * 0.99 ? 0 : 1;
    }

    /// <summary>Runs every driver over one phase and waits for its queued calls; returns the time from the phase's start to the last completion.</summary>
    private static async Task<TimeSpan> RunPhaseAsync(OpenLoopDriver[] drivers, double ticksPerCall, double seconds)
    {
        var start = Stopwatch.GetTimestamp() + (Stopwatch.Frequency / 100);
        var end = start + (long)(seconds * Stopwatch.Frequency);
        var threads = drivers
            .Select((driver, i) => new Thread(() => driver.Run(start, end, ticksPerCall)) { IsBackground = true, Name = $"driver-{i}" })
            .ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        await Task.WhenAll(drivers.SelectMany(driver => driver.Pending)).WaitAsync(TimeSpan.FromMinutes(1));
        return Stopwatch.GetElapsedTime(start);
    }

    private static string Micros(long nanoseconds) => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1000.0:0.0} µs");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
