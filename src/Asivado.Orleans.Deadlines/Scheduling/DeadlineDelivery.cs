using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines.Scheduling;

/// <summary>
/// Fires one deadline and records the outcome in the table, and computes the retry back-off. Holds no state of its
/// own, so it is safe to call from any thread.
/// </summary>
internal sealed class DeadlineDelivery(IDeadlineTable table, IDeadlineDelivery delivery, TimeProvider time, DeadlineServiceOptions options, DeadlineMetrics metrics)
{
    /// <summary>
    /// Calls the grain (recording the lateness on the first attempt), then deletes the row only if it is still due at
    /// the instant that fired, so a re-scheduling made during the call is kept. Throws when the call or the delete failed.
    /// </summary>
    public async Task FireAsync(DueDeadline due)
    {
        var entry = due.Entry;
        var now = time.GetUtcNow();
        if (due.FailedAttempts == 0)
        {
            metrics.Late(now - entry.DueAt);
        }

        await delivery.DeliverAsync(entry, new DeadlineFiring(entry.Name, entry.DueAt, now)).ConfigureAwait(false);
        metrics.Fired();
        await table.RemoveFiredAsync(entry.Target, entry.Name, entry.DueAt, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>The wait before the next attempt: doubles from the initial retry delay, capped at the maximum.</summary>
    public TimeSpan RetryDelay(int failedAttempts)
    {
        var delay = options.InitialRetryDelay;
        for (var i = 0; i < failedAttempts && delay < options.MaxRetryDelay; i++)
        {
            delay += delay;
        }

        return delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay;
    }
}
