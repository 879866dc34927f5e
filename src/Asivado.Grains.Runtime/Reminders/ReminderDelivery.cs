namespace Asivado.Grains.Runtime.Reminders;

/// <summary>
/// What both reminder services do the same way: store a registration (handing out the memory table's own entry when
/// that is the table), fire one reminder version and record the outcome in the table, and compute the retry back-off.
/// Holds no state of its own, so it is safe to call from any thread.
/// </summary>
internal sealed class ReminderDelivery(IReminderTable table, IReminderDispatcher dispatcher, TimeProvider time, ReminderServiceOptions options, ReminderMetrics metrics)
{
    /// <summary>Writes the registration to the table before returning; the result carries the new ETag.</summary>
    public async ValueTask<ReminderEntry> StoreAsync(ReminderEntry entry, CancellationToken cancellationToken) =>
        table is ISharedEntryReminderTable shared
            ? shared.Upsert(entry)
            : entry with { ETag = await table.UpsertAsync(entry, cancellationToken).ConfigureAwait(false) };

    /// <summary>
    /// Dispatches <paramref name="reminder"/> (recording its lateness on the first attempt), then removes a one-shot
    /// reminder or advances a periodic one to the first instant on its grid strictly after now, only if the table
    /// still holds the version that fired (ETag). Throws when the dispatch or the table write failed.
    /// </summary>
    /// <returns>The advanced version, or null when there is none to schedule.</returns>
    public async ValueTask<ReminderEntry?> FireAsync(ScheduledReminder reminder, CancellationToken cancellationToken)
    {
        var entry = reminder.Entry;
        if (reminder.FailedAttempts == 0)
        {
            metrics.Late(time.GetUtcNow() - entry.DueAt);
        }

        var status = new TickStatus(entry.DueAt, entry.Period, entry.DueAt);
        await dispatcher.DispatchAsync(entry, status, cancellationToken).ConfigureAwait(false);
        metrics.Fired();
        return await RecordFiringAsync(entry).ConfigureAwait(false);
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

    private async Task<ReminderEntry?> RecordFiringAsync(ReminderEntry entry)
    {
        var etag = entry.ETag ?? throw new InvalidOperationException($"Reminder {entry.Name} of {entry.GrainId} has no ETag.");
        if (entry.IsOneShot)
        {
            await table.RemoveAsync(entry.GrainId, entry.Name, etag, CancellationToken.None).ConfigureAwait(false);
            return null;
        }

        var nextDueAt = ReminderGrid.NextDueAfter(entry.DueAt, entry.Period, time.GetUtcNow());
        if (table is ISharedEntryReminderTable shared)
        {
            return shared.Advance(entry.GrainId, entry.Name, etag, nextDueAt);
        }

        var nextETag = await table.AdvanceAsync(entry.GrainId, entry.Name, etag, nextDueAt, CancellationToken.None).ConfigureAwait(false);
        return nextETag is null ? null : entry with { DueAt = nextDueAt, ETag = nextETag };
    }
}
