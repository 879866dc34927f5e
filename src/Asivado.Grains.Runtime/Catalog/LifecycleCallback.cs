namespace Asivado.Grains.Runtime.Catalog;

/// <summary>
/// Runs OnActivateAsync or OnDeactivateAsync with a token that is cancelled once the callback has run for the
/// given timeout on the runtime's clock. The runtime does not abandon the callback: the grain decides what the
/// cancellation means (an exception it throws fails the activation, or is logged for a deactivation).
/// </summary>
internal static class LifecycleCallback
{
    public static Task RunAsync<TState>(Func<TState, CancellationToken, Task> callback, TState state, TimeSpan timeout, TimeProvider time)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return callback(state, CancellationToken.None);
        }

        var started = time.GetTimestamp();
        var cancellation = new CancellationTokenSource();
        var running = callback(state, cancellation.Token);

        // Most callbacks complete synchronously; the timer is only paid for by those that do not.
        return running.IsCompleted ? running : AwaitWithTimerAsync(running, cancellation, timeout - time.GetElapsedTime(started), time);
    }

    private static async Task AwaitWithTimerAsync(Task running, CancellationTokenSource cancellation, TimeSpan remaining, TimeProvider time)
    {
        // The source has no timer of its own and is not disposed, so a late timer tick can always cancel it safely.
        using var timer = time.CreateTimer(
            static state => ((CancellationTokenSource)state!).Cancel(),
            cancellation,
            remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero,
            Timeout.InfiniteTimeSpan);
        await running.ConfigureAwait(false);
    }
}
