using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines.Scheduling;

internal sealed partial class DeadlineEngine
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
            List<(DueDeadline Deadline, long FiringId)>? due = null;
            List<TaskCompletionSource>? idleWaiters = null;
            var finished = false;
            lock (_lock)
            {
                if (IsRunning)
                {
                    var now = _time.GetUtcNow().UtcTicks;
                    while (_activeFirings < _options.MaxConcurrentDispatches
                        && (due is null || due.Count < DispatchBatchSize)
                        && _schedule.TryTakeDue(now, out var deadline))
                    {
                        var firingId = ++_lastFiringId;
                        _inFlight[DeadlineKey.Of(deadline.Entry)] = firingId;
                        _activeFirings++;
                        (due ??= new List<(DueDeadline, long)>()).Add((deadline, firingId));
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

            foreach (var (deadline, firingId) in due!)
            {
                _ = FireAsync(deadline, firingId);
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

            var remaining = next - _time.GetUtcNow().UtcTicks;
            if (remaining <= 0)
            {
                // Already due: fire now, off this lock. (A timer armed for "at least a millisecond" would wait for a
                // clock that, under a test's fake time, may never move again.)
                _armedUtcTicks = long.MaxValue;
                ThreadPool.UnsafeQueueUserWorkItem(static engine => engine.Pump(), this, preferLocal: false);
                return;
            }

            _fireTimer.Change(TimeSpan.FromTicks(remaining), Timeout.InfiniteTimeSpan);
        }
    }

    private async Task FireAsync(DueDeadline deadline, long firingId)
    {
        Exception? failure = null;
        try
        {
            await _delivery.FireAsync(deadline).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        OnFiringCompleted(deadline, firingId, failure);
    }

    private void OnFiringCompleted(DueDeadline deadline, long firingId, Exception? failure)
    {
        var entry = deadline.Entry;
        var key = DeadlineKey.Of(entry);
        var retryIn = TimeSpan.Zero;
        var retried = false;
        lock (_lock)
        {
            _activeFirings--;
            _changedDuringLoad?.Add(key);
            if (failure is null)
            {
                _firedCount++;
            }

            // Not current when the deadline was scheduled again or cancelled while its grain handled it.
            var current = _inFlight.TryGetValue(key, out var inFlight) && inFlight == firingId;
            if (current)
            {
                _inFlight.Remove(key);
            }

            // A deadline whose range moved away meanwhile is left to the new owner, which loads its row.
            if (failure is not null && current && IsRunning && Owns(entry.Hash))
            {
                retryIn = _delivery.RetryDelay(deadline.FailedAttempts);
                _schedule.Schedule(entry, _time.GetUtcNow().UtcTicks + retryIn.Ticks, deadline.FailedAttempts + 1);
                retried = true;
            }
        }

        if (failure is not null && retried)
        {
            LogFiringFailed(_logger, failure, entry.Target, entry.Name, deadline.FailedAttempts + 1, retryIn);
        }
        else if (failure is not null)
        {
            LogFiringFailedNotRetried(_logger, failure, entry.Target, entry.Name);
        }

        Pump();
    }
}
