namespace Asivado.LoadTest.Rates;

/// <summary>
/// Starts operations at a fixed rate whatever the target's response time (open loop), scheduling
/// each by its intended start time: after a stall it starts every overdue operation at once rather
/// than sliding the schedule, and measures latency from the intended start, which avoids coordinated
/// omission. Sleeps through <see cref="TimeProvider"/>, so a fake clock drives it in tests.
/// </summary>
public sealed class OpenLoopRateDriver(RateDriverOptions options, TimeProvider timeProvider)
{
    private long _started;

    public long Started => Interlocked.Read(ref _started);

    /// <summary>Runs the schedule and returns when every started operation has finished.</summary>
    public async Task RunAsync(Func<ScheduledOperation, CancellationToken, Task> operation, IOperationObserver observer, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.RatePerSecond);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Duration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxConcurrency);

        var schedule = options.Phases.Count > 0 ? new OpenLoopSchedule(options.Phases) : new OpenLoopSchedule(options.RatePerSecond, options.Duration);
        var count = schedule.OperationCount;
        using var slots = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
        var start = timeProvider.GetTimestamp();
        try
        {
            for (long index = 0; index < count; index++)
            {
                var intended = schedule.IntendedOffset(index);
                var wait = intended - timeProvider.GetElapsedTime(start);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
                }

                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                Interlocked.Increment(ref _started);
                _ = RunOneAsync(operation, new ScheduledOperation(index, intended), start, slots, observer, cancellationToken);
            }
        }
        finally
        {
            // Every slot free means every started operation has finished.
            for (var slot = 0; slot < options.MaxConcurrency; slot++)
            {
                await slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task RunOneAsync(
        Func<ScheduledOperation, CancellationToken, Task> operation,
        ScheduledOperation scheduled,
        long start,
        SemaphoreSlim slots,
        IOperationObserver observer,
        CancellationToken cancellationToken)
    {
        Exception? error = null;
        try
        {
            await operation(scheduled, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            error = exception;
        }

        var completedAt = timeProvider.GetElapsedTime(start);
        try
        {
            observer.OnCompleted(scheduled, completedAt - scheduled.IntendedOffset, completedAt, error);
        }
        finally
        {
            slots.Release();
        }
    }
}
