using Orleans.Runtime.Messaging;

namespace Asivado.Grains.Common;

/// <summary>
/// Retries a grain call that failed because its target's silo is gone (a rejection or a failed connection), until
/// the cluster has declared that silo dead and the target activates on a survivor. Only for idempotent calls. The
/// waits are on real time, as membership's are: they follow how fast the cluster recovers, not the grains' clock.
/// </summary>
public static class ClusterRetry
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(4);

    /// <summary>Long enough for membership to declare a killed silo dead (about 6 s with the gateway's settings) several times over.</summary>
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    public static Task RunAsync(Func<Task> call) => RunAsync(async () =>
    {
        await call();
        return true;
    });

    public static async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        var started = TimeProvider.System.GetTimestamp();
        var delay = FirstDelay;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception exception) when (IsSiloGone(exception) && TimeProvider.System.GetElapsedTime(started) < GiveUpAfter)
            {
                await Task.Delay(delay, TimeProvider.System);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
        }
    }

    private static bool IsSiloGone(Exception exception) => exception is OrleansMessageRejectionException or ConnectionFailedException;
}
