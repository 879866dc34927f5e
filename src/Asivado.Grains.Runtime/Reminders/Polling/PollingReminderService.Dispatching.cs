namespace Asivado.Grains.Runtime.Reminders.Polling;

internal sealed partial class PollingReminderService
{
    // Dispatches started per pass under the lock, so the first of a large due batch is not held back by the rest.
    private const int DispatchBatchSize = 256;

    // The version each poll claimed, per reminder, from the claim until its dispatch finishes: a later poll that reads
    // the same row skips it, so nothing is dispatched twice.
    private readonly Dictionary<ReminderKey, ReminderEntry> _claimed = new();

    // Claimed reminders waiting for a dispatch slot, in due order; an item whose claim was dropped meanwhile is skipped.
    private readonly Queue<ScheduledReminder> _queue = new();

    private readonly Dictionary<ReminderKey, PollRetry> _retries = new();
    private int _activeDispatches;
    private bool _pumping;

    /// <summary>A registration or removal through this service: the claim and any retry of the old version no longer apply.</summary>
    private void Forget(ReminderKey key)
    {
        lock (_lock)
        {
            _changedDuringPoll?.Add(key);
            _claimed.Remove(key);
            _retries.Remove(key);
        }
    }

    private void ClearClaims()
    {
        _claimed.Clear();
        _queue.Clear();
        _retries.Clear();
    }

    /// <summary>
    /// Dispatches queued claims within the concurrency limit and releases idle waiters. Calls made while a pass runs
    /// return at once: the running pass reads the queue again before it finishes, so the stack stays flat.
    /// </summary>
    private void Pump()
    {
        lock (_lock)
        {
            if (_pumping)
            {
                return;
            }

            _pumping = true;
        }

        while (true)
        {
            List<ScheduledReminder>? due = null;
            List<TaskCompletionSource>? idleWaiters = null;
            lock (_lock)
            {
                while (IsRunning
                    && _activeDispatches < _options.MaxConcurrentDispatches
                    && (due is null || due.Count < DispatchBatchSize)
                    && _queue.TryDequeue(out var reminder))
                {
                    if (_claimed.TryGetValue(ReminderKey.Of(reminder.Entry), out var claimed) && ReferenceEquals(claimed, reminder.Entry))
                    {
                        _activeDispatches++;
                        (due ??= new List<ScheduledReminder>()).Add(reminder);
                    }
                }

                if (due is null)
                {
                    _pumping = false;
                    idleWaiters = TakeIdleWaitersIfIdle();
                }
            }

            if (due is null)
            {
                idleWaiters?.ForEach(static waiter => waiter.TrySetResult());
                return;
            }

            foreach (var reminder in due)
            {
                _ = FireAsync(reminder);
            }
        }
    }

    private async Task FireAsync(ScheduledReminder reminder)
    {
        Exception? failure = null;
        try
        {
            // The advanced version of a periodic reminder is not kept: a later poll finds it when it falls due.
            await _delivery.FireAsync(reminder, _dispatchCancellation.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        OnFiringCompleted(reminder, failure);
    }

    private void OnFiringCompleted(ScheduledReminder reminder, Exception? failure)
    {
        var entry = reminder.Entry;
        var key = ReminderKey.Of(entry);
        var retryIn = TimeSpan.Zero;
        var retried = false;
        lock (_lock)
        {
            _activeDispatches--;
            _changedDuringPoll?.Add(key);

            // Not current when the reminder was re-registered or unregistered while it was being dispatched.
            var current = _claimed.TryGetValue(key, out var claimed) && ReferenceEquals(claimed, entry);
            if (current)
            {
                _claimed.Remove(key);
            }

            if (current && failure is not null && IsRunning)
            {
                retryIn = _delivery.RetryDelay(reminder.FailedAttempts);
                _retries[key] = new PollRetry(entry.ETag!, reminder.FailedAttempts + 1, _time.GetUtcNow().UtcTicks + retryIn.Ticks);
                retried = true;
            }
        }

        if (failure is not null && retried)
        {
            LogFiringFailed(_logger, failure, entry.GrainId, entry.Name, reminder.FailedAttempts + 1, retryIn);
        }
        else if (failure is not null)
        {
            LogFiringFailedNotRetried(_logger, failure, entry.GrainId, entry.Name);
        }

        Pump();
    }

    private List<TaskCompletionSource>? TakeIdleWaitersIfIdle()
    {
        if (_idleWaiters.Count == 0 || !IsIdle())
        {
            return null;
        }

        var waiters = new List<TaskCompletionSource>(_idleWaiters);
        _idleWaiters.Clear();
        return waiters;
    }

    private bool IsIdle() =>
        _activeDispatches == 0
        && !_polling
        && !_pumping
        && (!IsRunning || _queue.Count == 0);
}
