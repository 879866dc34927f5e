namespace Asivado.Grains.Runtime.Reminders;

internal sealed partial class ReminderService
{
    // Dispatches started per pass under the lock, so the first of a large due batch is not held back by the rest.
    private const int DispatchBatchSize = 256;

    /// <summary>
    /// Dispatches everything due (within the concurrency limit), re-arms the one timer at the next due instant and
    /// releases idle waiters. Calls made while a pass runs (from completions that finish synchronously, or from other
    /// threads) return at once: the running pass reads the schedule again before it finishes, so the stack stays flat.
    /// </summary>
    private void Pump()
    {
        lock (_lock)
        {
            if (_pumping)
            {
                // The running pass re-reads the schedule before it finishes, so it will see this caller's change.
                return;
            }

            _pumping = true;
        }

        while (true)
        {
            List<ScheduledReminder>? due = null;
            List<TaskCompletionSource>? idleWaiters = null;
            var finished = false;
            lock (_lock)
            {
                if (IsRunning)
                {
                    var now = _time.GetUtcNow().UtcTicks;
                    while (_activeFirings < _options.MaxConcurrentDispatches
                        && (due is null || due.Count < DispatchBatchSize)
                        && _schedule.TryTakeDue(now, out var reminder))
                    {
                        _inFlight[ReminderKey.Of(reminder.Entry)] = reminder.Entry;
                        _activeFirings++;
                        (due ??= new List<ScheduledReminder>()).Add(reminder);
                    }
                }

                if (due is null)
                {
                    _pumping = false;
                    finished = true;
                    idleWaiters = TakeIdleWaitersIfIdle();
                }
            }

            if (finished)
            {
                ArmFireTimer();
                idleWaiters?.ForEach(static waiter => waiter.TrySetResult());
                return;
            }

            foreach (var reminder in due!)
            {
                _ = FireAsync(reminder);
            }
        }
    }

    private void OnFireTimer()
    {
        lock (_armLock)
        {
            // The timer is one-shot: whatever it was armed for, it must be armed again.
            _armedUtcTicks = long.MaxValue;
        }

        Pump();
    }

    private List<TaskCompletionSource>? TakeIdleWaitersIfIdle()
    {
        if (_idleWaiters.Count == 0 || !IsIdle(_time.GetUtcNow().UtcTicks))
        {
            return null;
        }

        var waiters = new List<TaskCompletionSource>(_idleWaiters);
        _idleWaiters.Clear();
        return waiters;
    }

    private void ArmFireTimer()
    {
        lock (_armLock)
        {
            long next;
            lock (_lock)
            {
                var saturated = _activeFirings >= _options.MaxConcurrentDispatches;
                next = IsRunning && !saturated ? _schedule.NextFireUtcTicks() : long.MaxValue;
            }

            if (next == _armedUtcTicks || _fireTimer is null)
            {
                return;
            }

            _armedUtcTicks = next;
            if (next == long.MaxValue)
            {
                _fireTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                return;
            }

            var delay = TimeSpan.FromTicks(Math.Max(next - _time.GetUtcNow().UtcTicks, TimeSpan.TicksPerMillisecond));
            _fireTimer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task FireAsync(ScheduledReminder reminder)
    {
        Exception? failure = null;
        ReminderEntry? next = null;
        try
        {
            next = await _delivery.FireAsync(reminder, _dispatchCancellation.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        OnFiringCompleted(reminder, failure, next);
    }

    private void OnFiringCompleted(ScheduledReminder reminder, Exception? failure, ReminderEntry? next)
    {
        var entry = reminder.Entry;
        var key = ReminderKey.Of(entry);
        var retryIn = TimeSpan.Zero;
        var retried = false;
        lock (_lock)
        {
            _activeFirings--;
            _changedDuringLoad?.Add(key);

            // Not current when the reminder was re-registered or unregistered while it was being dispatched.
            var current = _inFlight.TryGetValue(key, out var inFlight) && ReferenceEquals(inFlight, entry);
            if (current)
            {
                _inFlight.Remove(key);
            }

            if (current && IsRunning)
            {
                if (failure is not null)
                {
                    retryIn = _delivery.RetryDelay(reminder.FailedAttempts);
                    _schedule.Schedule(entry, _time.GetUtcNow().UtcTicks + retryIn.Ticks, reminder.FailedAttempts + 1);
                    retried = true;
                }
                else if (next is not null && next.DueAt.UtcTicks < _loadedUntilUtcTicks)
                {
                    _schedule.Schedule(next, next.DueAt.UtcTicks);
                }
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
}
