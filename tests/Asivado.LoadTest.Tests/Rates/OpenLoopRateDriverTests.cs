using System.Collections.Concurrent;
using Asivado.LoadTest.Rates;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.LoadTest.Tests.Rates;

public sealed class OpenLoopRateDriverTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly RecordingObserver _observer = new();

    [Fact]
    public async Task Issues_rate_times_duration_operations_at_their_intended_times()
    {
        var driver = new OpenLoopRateDriver(new RateDriverOptions { RatePerSecond = 10, Duration = TimeSpan.FromSeconds(2) }, _time);
        var startedAt = new ConcurrentDictionary<long, TimeSpan>();
        var origin = _time.GetUtcNow();

        var run = driver.RunAsync(
            (operation, _) =>
            {
                startedAt[operation.Index] = _time.GetUtcNow() - origin;
                return Task.CompletedTask;
            },
            _observer,
            CancellationToken.None);
        for (var step = 1; step < 20; step++)
        {
            await _observer.Count.WhenAtLeast(step);
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }

        await run.WaitAsync(TimeSpan.FromSeconds(20));

        var expected = Enumerable.Range(0, 20).Select(index => TimeSpan.FromMilliseconds(100 * index)).ToList();
        Assert.Equal(20, driver.Started);
        Assert.Equal(expected, _observer.Completed.OrderBy(entry => entry.Key).Select(entry => entry.Value.Operation.IntendedOffset));
        Assert.Equal(expected, startedAt.OrderBy(entry => entry.Key).Select(entry => entry.Value));
        Assert.All(_observer.Completed.Values, completed => Assert.Equal(TimeSpan.Zero, completed.Latency));
    }

    [Fact]
    public async Task After_a_stall_overdue_operations_start_at_once_and_latency_counts_from_the_intended_start()
    {
        var driver = new OpenLoopRateDriver(new RateDriverOptions { RatePerSecond = 10, Duration = TimeSpan.FromSeconds(1) }, _time);

        var run = driver.RunAsync((_, _) => Task.CompletedTask, _observer, CancellationToken.None);
        await _observer.Count.WhenAtLeast(1);
        _time.Advance(TimeSpan.FromSeconds(1));
        await run.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(
            Enumerable.Range(0, 10).Select(index => index == 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(1000 - (100 * index))),
            _observer.Completed.OrderBy(entry => entry.Key).Select(entry => entry.Value.Latency));
    }

    [Fact]
    public async Task Never_runs_more_than_the_concurrency_cap_and_a_start_waiting_for_a_slot_counts_in_its_latency()
    {
        var driver = new OpenLoopRateDriver(new RateDriverOptions { RatePerSecond = 10, Duration = TimeSpan.FromSeconds(1), MaxConcurrency = 2 }, _time);
        var releases = Enumerable.Range(0, 10).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var started = new CountSignal();
        var inFlight = 0;
        var maxInFlight = 0;

        var run = driver.RunAsync(
            async (operation, _) =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref maxInFlight, now);
                started.Increment();
                await releases[operation.Index].Task;
                Interlocked.Decrement(ref inFlight);
            },
            _observer,
            CancellationToken.None);
        await started.WhenAtLeast(1);
        _time.Advance(TimeSpan.FromSeconds(1));
        await started.WhenAtLeast(2);
        Assert.Equal(2, driver.Started);

        _time.Advance(TimeSpan.FromSeconds(1));
        for (var index = 0; index < 10; index++)
        {
            releases[index].SetResult();
            await _observer.Count.WhenAtLeast(index + 1);
        }

        await run.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(2, maxInFlight);
        Assert.Equal(10, _observer.Completed.Count);
        Assert.Equal(TimeSpan.FromMilliseconds(2000 - 900), _observer.Completed[9].Latency);
    }

    [Fact]
    public async Task A_failing_operation_is_reported_with_its_exception()
    {
        var driver = new OpenLoopRateDriver(new RateDriverOptions { RatePerSecond = 1, Duration = TimeSpan.FromSeconds(1) }, _time);

        await driver.RunAsync((_, _) => Task.FromException(new InvalidOperationException("503")), _observer, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal("503", Assert.IsType<InvalidOperationException>(_observer.Completed[0].Error).Message);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) != current)
        {
            current = Volatile.Read(ref target);
        }
    }
}
