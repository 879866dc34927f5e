namespace Asivado.Grains.Runtime.Reminders.Polling;

internal sealed partial class PollingReminderService
{
    private bool _polling;

    // Keys registered, unregistered or finished while a poll is between its table read and its claim: the row the
    // poll read for them may be a version that is no longer current, so the poll leaves them to the next one.
    private HashSet<ReminderKey>? _changedDuringPoll;

    private void OnPollTimer() => _ = PollAsync(throwOnFailure: false, CancellationToken.None);

    /// <summary>
    /// Reads everything due at or before now and claims what is neither claimed already, nor changed during the
    /// read, nor waiting for its retry back-off; then re-arms the timer at the next grid instant and dispatches.
    /// A failed poll is logged and the next one reads again (at start it throws).
    /// </summary>
    private async Task PollAsync(bool throwOnFailure, CancellationToken cancellationToken)
    {
        DateTimeOffset now;
        lock (_lock)
        {
            // The timer is one-shot and re-armed only when a poll ends, so polls never overlap; this is a guard.
            if (_polling || !IsRunning)
            {
                return;
            }

            _polling = true;
            _changedDuringPoll = new HashSet<ReminderKey>();
            now = _time.GetUtcNow();
        }

        var failedAtStart = false;
        try
        {
            var rows = await _table.ReadDueBeforeAsync(now.AddTicks(1), _options.Range, cancellationToken).ConfigureAwait(false);
            _metrics.TableRead(rows.Count);
            int claimed;
            lock (_lock)
            {
                claimed = IsRunning ? Claim(rows, now.UtcTicks) : 0;
            }

            LogPolled(_logger, now, rows.Count, claimed);
        }
        catch (Exception exception) when (!throwOnFailure)
        {
            LogPollFailed(_logger, exception, now);
        }
        catch
        {
            // StartAsync undoes the start; no timer may be armed meanwhile.
            failedAtStart = true;
            throw;
        }
        finally
        {
            lock (_lock)
            {
                _changedDuringPoll = null;
                _polling = false;
            }

            if (!failedAtStart)
            {
                ArmPollTimer();
            }

            Pump();
        }
    }

    /// <summary>Claims the due rows, in the table's due order, for dispatch. Called under the lock.</summary>
    /// <returns>How many were claimed.</returns>
    private int Claim(IReadOnlyList<ReminderEntry> rows, long nowUtcTicks)
    {
        var claimed = 0;
        var seen = _retries.Count > 0 ? new HashSet<ReminderKey>() : null;
        foreach (var row in rows)
        {
            var key = ReminderKey.Of(row);
            seen?.Add(key);
            if (_changedDuringPoll!.Contains(key) || _claimed.ContainsKey(key))
            {
                continue;
            }

            var failedAttempts = 0;
            if (_retries.TryGetValue(key, out var retry))
            {
                if (retry.ETag == row.ETag)
                {
                    if (retry.NotBeforeUtcTicks > nowUtcTicks)
                    {
                        continue;
                    }

                    failedAttempts = retry.FailedAttempts;
                }

                // Either its back-off is over, or the row is another version, whose own due instant applies.
                _retries.Remove(key);
            }

            _claimed[key] = row;
            _queue.Enqueue(new ScheduledReminder(row, failedAttempts));
            claimed++;
        }

        if (seen is not null)
        {
            ForgetRetriesNotIn(seen);
        }

        return claimed;
    }

    /// <summary>
    /// A failed version is due, so every poll reads it while the table holds it; one the poll did not read was
    /// removed or moved by another writer, and its retry is dropped.
    /// </summary>
    private void ForgetRetriesNotIn(HashSet<ReminderKey> seen)
    {
        List<ReminderKey>? gone = null;
        foreach (var key in _retries.Keys)
        {
            if (!seen.Contains(key) && !_changedDuringPoll!.Contains(key))
            {
                (gone ??= new List<ReminderKey>()).Add(key);
            }
        }

        gone?.ForEach(key => _retries.Remove(key));
    }

    /// <summary>Arms the one-shot timer at the first instant of the poll grid (start + k × interval) strictly after now.</summary>
    private void ArmPollTimer()
    {
        lock (_armLock)
        {
            bool running;
            lock (_lock)
            {
                running = IsRunning;
            }

            if (!running || _pollTimer is null)
            {
                return;
            }

            var now = _time.GetUtcNow();
            var next = ReminderGrid.NextDueAfter(new DateTimeOffset(_gridOriginUtcTicks, TimeSpan.Zero), _options.PollInterval, now);

            // Rounded up to whole milliseconds: a system timer rounds down, and a poll that woke before its grid
            // instant would leave a reminder due exactly then for a whole interval.
            var delayTicks = next.UtcTicks - now.UtcTicks;
            var delay = TimeSpan.FromTicks(((delayTicks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond) * TimeSpan.TicksPerMillisecond);
            _pollTimer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }
}
