namespace Asivado.Grains.Runtime.Reminders;

internal sealed partial class ReminderService
{
    private int _loading;

    private void OnLoadTimer()
    {
        // One load at a time; a tick that finds one running is dropped, the running one re-arms the timer.
        if (Interlocked.CompareExchange(ref _loading, 1, 0) != 0)
        {
            return;
        }

        _ = LoadAsync(throwOnFailure: false, CancellationToken.None);
    }

    /// <summary>
    /// Reads the reminders due before now + look-ahead that are not loaded yet and merges them into the schedule:
    /// the first load reads everything due before the horizon (overdue reminders included), later ones only from the
    /// previous horizon on. The horizon is raised before the read, so a reminder registered during the read is
    /// scheduled by its registration, and a key changed during the read keeps the change rather than the row read
    /// before it. A failed load puts the horizon back, so the next one reads the same part again.
    /// </summary>
    private async Task LoadAsync(bool throwOnFailure, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _loading, 1);
        var horizon = _time.GetUtcNow() + _options.LookAhead;
        long previousHorizon;
        lock (_lock)
        {
            previousHorizon = _loadedUntilUtcTicks;
            _loadedUntilUtcTicks = Math.Max(previousHorizon, horizon.UtcTicks);
            _changedDuringLoad = new HashSet<ReminderKey>();
            _activeLoads++;
        }

        try
        {
            var rows = previousHorizon == long.MinValue
                ? await _table.ReadDueBeforeAsync(horizon, _options.Range, cancellationToken).ConfigureAwait(false)
                : await _table.ReadDueBetweenAsync(new DateTimeOffset(previousHorizon, TimeSpan.Zero), horizon, _options.Range, cancellationToken).ConfigureAwait(false);
            _metrics.TableRead(rows.Count);
            var merged = 0;
            for (var start = 0; start < rows.Count; start += _options.LoadBatchSize)
            {
                var end = Math.Min(rows.Count, start + _options.LoadBatchSize);
                lock (_lock)
                {
                    if (!IsRunning)
                    {
                        break;
                    }

                    for (var i = start; i < end; i++)
                    {
                        merged += Merge(rows[i]) ? 1 : 0;
                    }
                }

                // The lock is not fair: without this, a large load could take it back batch after batch while due
                // reminders wait. Dispatching what is due between batches bounds their wait by one batch.
                Pump();
            }

            LogLoaded(_logger, rows.Count, new DateTimeOffset(Math.Max(previousHorizon, DateTimeOffset.MinValue.UtcTicks), TimeSpan.Zero), horizon, merged);
        }
        catch (Exception exception) when (!throwOnFailure)
        {
            lock (_lock)
            {
                _loadedUntilUtcTicks = previousHorizon;
            }

            LogLoadFailed(_logger, exception, horizon);
        }
        catch
        {
            lock (_lock)
            {
                _loadedUntilUtcTicks = previousHorizon;
            }

            throw;
        }
        finally
        {
            lock (_lock)
            {
                _changedDuringLoad = null;
                _activeLoads--;
            }

            Volatile.Write(ref _loading, 0);
            ArmLoadTimer();
            Pump();
        }
    }

    private bool Merge(ReminderEntry row)
    {
        var key = ReminderKey.Of(row);
        if (_changedDuringLoad!.Contains(key) || _inFlight.ContainsKey(key))
        {
            return false;
        }

        if (_schedule.TryGet(key, out var scheduled) && scheduled.ETag == row.ETag)
        {
            return false;
        }

        _schedule.Schedule(row, row.DueAt.UtcTicks);
        return true;
    }

    private void ArmLoadTimer()
    {
        lock (_armLock)
        {
            bool running;
            lock (_lock)
            {
                running = IsRunning;
            }

            if (running)
            {
                _loadTimer?.Change(_options.LookAhead / 2, Timeout.InfiniteTimeSpan);
            }
        }
    }
}
