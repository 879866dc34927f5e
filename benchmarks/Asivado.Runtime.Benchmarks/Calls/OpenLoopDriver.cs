using System.Diagnostics;
using Asivado.Runtime.Benchmarks.Grains;

namespace Asivado.Runtime.Benchmarks.Calls;

/// <summary>
/// One open-loop sender on its own thread. Call k of driver d (of D) is due at start + (k × D + d) / rate whatever
/// happened to earlier calls, and its latency runs from that intended instant to the call's completion: a stall of
/// the driver, the runtime or the machine shows up as latency of every call it delayed (no coordinated omission).
/// Calls that complete synchronously (the runtime ran them inline) are recorded by the driver; the others when
/// they complete, into a shared histogram. Each call's service time (from the instant it was actually sent) is
/// recorded too, to tell the runtime's own latency from the time a call waited for its driver to get a core.
/// </summary>
internal sealed class OpenLoopDriver(int index, int drivers, ICounterBenchGrain[] grains, LatencyHistogram asynchronous, LatencyHistogram asynchronousService, bool spin)
{
    private static readonly double NanosecondsPerTick = 1_000_000_000.0 / Stopwatch.Frequency;
    private static readonly long SleepThresholdTicks = Stopwatch.Frequency / 500;

    private readonly List<Task> _pending = [];
    private long _asyncErrors;

    public LatencyHistogram Inline { get; private set; } = new();

    public LatencyHistogram InlineService { get; private set; } = new();

    public long Sent { get; private set; }

    public long CompletedAsynchronously => _pending.Count;

    public long Errors { get; private set; }

    public long AsyncErrors => Interlocked.Read(ref _asyncErrors);

    public IReadOnlyList<Task> Pending => _pending;

    public static long ToNanoseconds(long ticks) => (long)(ticks * NanosecondsPerTick);

    /// <summary>Sends this driver's share of the calls due in [<paramref name="startTicks"/>, <paramref name="endTicks"/>); blocks until the last is sent.</summary>
    public void Run(long startTicks, long endTicks, double ticksPerCall)
    {
        Inline = new LatencyHistogram();
        InlineService = new LatencyHistogram();
        Sent = 0;
        Errors = 0;
        _pending.Clear();
        var random = new Random(index);
        var now = Stopwatch.GetTimestamp();
        for (long k = 0; ; k++)
        {
            var intended = startTicks + (long)(((k * drivers) + index) * ticksPerCall);
            if (intended >= endTicks)
            {
                return;
            }

            if (now < intended)
            {
                now = WaitUntil(intended);
            }

            var grain = grains[random.Next(grains.Length)];
            var sent = Stopwatch.GetTimestamp();
            var call = grain.Add(1);
            Sent++;
            if (call.IsCompleted)
            {
                now = Stopwatch.GetTimestamp();
                if (call.IsCompletedSuccessfully)
                {
                    Inline.Record(ToNanoseconds(now - intended));
                    InlineService.Record(ToNanoseconds(now - sent));
                }
                else
                {
                    Errors++;
                }

                continue;
            }

            _pending.Add(call.ContinueWith(
                static (completed, state) => ((AsyncCall)state!).Complete(completed),
                new AsyncCall(this, intended, sent),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default));
            now = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>
    /// Waits for the intended instant: sleeps when far ahead; otherwise yields the core to whatever else is runnable
    /// (default), or spins and keeps it (<c>--wait spin</c>, which shows what the runtime does when the driver is not
    /// descheduled, at the price of two busy cores).
    /// </summary>
    private long WaitUntil(long intended)
    {
        long now;
        while ((now = Stopwatch.GetTimestamp()) < intended)
        {
            if (intended - now > SleepThresholdTicks)
            {
                Thread.Sleep(1);
            }
            else if (spin || !Thread.Yield())
            {
                Thread.SpinWait(16);
            }
        }

        return now;
    }

    private sealed class AsyncCall(OpenLoopDriver driver, long intended, long sent)
    {
        public void Complete(Task<int> completed)
        {
            var now = Stopwatch.GetTimestamp();
            if (completed.IsCompletedSuccessfully)
            {
                driver.RecordAsync(ToNanoseconds(now - intended), ToNanoseconds(now - sent));
            }
            else
            {
                Interlocked.Increment(ref driver._asyncErrors);
            }
        }
    }

    private void RecordAsync(long nanoseconds, long serviceNanoseconds)
    {
        asynchronous.RecordConcurrent(nanoseconds);
        asynchronousService.RecordConcurrent(serviceNanoseconds);
    }
}
