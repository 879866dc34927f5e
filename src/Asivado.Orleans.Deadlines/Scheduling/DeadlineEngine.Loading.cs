using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines.Scheduling;

internal sealed partial class DeadlineEngine
{
    // Keys changed while a load is between its table read and its merge; the load must not overwrite them.
    private HashSet<DeadlineKey>? _changedDuringLoad;
    private long _loadedUntilUtcTicks = long.MinValue;
    private bool _fullReloadPending;
    private bool _loadRunning;
    private bool _loadAgain;
    private ITimer? _loadTimer;

    private void OnLoadTimer()
    {
        lock (_lock)
        {
            // A tick that finds a load running is dropped: the running one re-arms the timer.
            if (_loadRunning)
            {
                return;
            }
        }

        _ = RequestLoad(fullReload: false);
    }

    /// <summary>
    /// Runs a load now, or right after the one running (one at a time, so a load's merge never races another's).
    /// A full reload reads the owned ranges from the beginning of time, as after start-up and range changes.
    /// </summary>
    /// <returns>Completes when the loads this request started have finished (at once when one was running).</returns>
    private async Task RequestLoad(bool fullReload)
    {
        lock (_lock)
        {
            _fullReloadPending |= fullReload;
            if (_loadRunning)
            {
                _loadAgain = true;
                return;
            }

            _loadRunning = true;
        }

        await RunLoadsAsync().ConfigureAwait(false);
    }

    /// <summary>Loads until no further load was requested meanwhile; the caller has set <see cref="_loadRunning"/>.</summary>
    private async Task RunLoadsAsync()
    {
        while (true)
        {
            var succeeded = await LoadOnceAsync().ConfigureAwait(false);
            lock (_lock)
            {
                if (_loadAgain && IsRunning)
                {
                    _loadAgain = false;
                    continue;
                }

                _loadAgain = false;
                _loadRunning = false;
            }

            ArmLoadTimer(succeeded ? _options.LookAhead / 2 : Min(_options.InitialRetryDelay, _options.LookAhead / 2));
            Pump();
            return;
        }
    }

    /// <summary>
    /// Reads the deadlines due before now + look-ahead that are not loaded yet and merges them into the schedule. The
    /// horizon is raised before the read, so a deadline scheduled during the read is scheduled by that call, and a key
    /// changed during the read keeps the change rather than the row read before it. A read whose ranges changed
    /// meanwhile is discarded (the range change queued a full reload). A failed load puts the horizon back.
    /// </summary>
    private async Task<bool> LoadOnceAsync()
    {
        var horizon = _time.GetUtcNow() + _options.LookAhead;
        long previousHorizon;
        long from;
        bool full;
        DeadlineRange[] ranges;
        int rangeVersion;
        lock (_lock)
        {
            if (!IsRunning)
            {
                return true;
            }

            full = _fullReloadPending;
            _fullReloadPending = false;
            previousHorizon = _loadedUntilUtcTicks;
            from = full ? DateTimeOffset.MinValue.UtcTicks : previousHorizon;
            _loadedUntilUtcTicks = Math.Max(previousHorizon, horizon.UtcTicks);
            horizon = new DateTimeOffset(_loadedUntilUtcTicks, TimeSpan.Zero);
            ranges = _ranges;
            rangeVersion = _rangeVersion;
            _changedDuringLoad = new HashSet<DeadlineKey>();
        }

        var fromInstant = new DateTimeOffset(Math.Max(from, DateTimeOffset.MinValue.UtcTicks), TimeSpan.Zero);
        try
        {
            var read = 0;
            var merged = 0;
            var discarded = false;
            foreach (var range in ranges)
            {
                var rows = await _table.ReadDueBetweenAsync(fromInstant, horizon, range).ConfigureAwait(false);
                _metrics.TableRead(rows.Count);
                read += rows.Count;
                for (var start = 0; start < rows.Count && !discarded; start += _options.LoadBatchSize)
                {
                    var end = Math.Min(rows.Count, start + _options.LoadBatchSize);
                    lock (_lock)
                    {
                        if (!IsRunning || rangeVersion != _rangeVersion)
                        {
                            discarded = true;
                            break;
                        }

                        for (var i = start; i < end; i++)
                        {
                            merged += Merge(rows[i]) ? 1 : 0;
                        }
                    }

                    // The lock is not fair: dispatching what is due between batches bounds its wait by one batch.
                    Pump();
                }

                if (discarded)
                {
                    break;
                }
            }

            if (discarded)
            {
                LogLoadDiscarded(_logger, fromInstant, horizon);
            }
            else
            {
                LogLoaded(_logger, read, fromInstant, horizon, merged);
            }

            return true;
        }
        catch (Exception exception)
        {
            lock (_lock)
            {
                _loadedUntilUtcTicks = previousHorizon;
                _fullReloadPending |= full;
            }

            LogLoadFailed(_logger, exception, horizon);
            return false;
        }
        finally
        {
            lock (_lock)
            {
                _changedDuringLoad = null;
            }
        }
    }

    private bool Merge(DeadlineEntry row)
    {
        var key = DeadlineKey.Of(row);
        if (_changedDuringLoad!.Contains(key) || _inFlight.ContainsKey(key) || !Owns(row.Hash))
        {
            return false;
        }

        // Reloads read rows already held; a retry waiting for its back-off must keep its wait.
        if (_schedule.TryGet(key, out var scheduled) && scheduled.DueAt.UtcTicks == row.DueAt.UtcTicks)
        {
            return false;
        }

        _schedule.Schedule(row, row.DueAt.UtcTicks);
        return true;
    }

    private void ArmLoadTimer(TimeSpan delay)
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
                _loadTimer?.Change(delay, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private static TimeSpan Min(TimeSpan left, TimeSpan right) => left < right ? left : right;
}
