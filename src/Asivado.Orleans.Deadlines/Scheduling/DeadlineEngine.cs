using System.Diagnostics.Metrics;
using Asivado.Orleans.Deadlines.Table;
using Microsoft.Extensions.Logging;

namespace Asivado.Orleans.Deadlines.Scheduling;

/// <summary>
/// The scheduler behind <see cref="DeadlineService"/>, ported from wave 1's exact reminder service (one-shot only).
/// <list type="bullet">
/// <item>Persist on change: schedule and cancel write the <see cref="IDeadlineTable"/> before they return; get reads it.</item>
/// <item>Load what falls due soon: at start (and after a range change) everything of the owned ranges due before
/// now + look-ahead is read, overdue deadlines included; then every <see cref="DeadlineServiceOptions.LookAhead"/> / 2
/// only the part of the window not loaded yet (<see cref="IDeadlineTable.ReadDueBetweenAsync"/>). Rows go into an
/// in-memory min-heap with one timer at the earliest due instant. Schedules made through this service for an instant
/// inside the loaded window go straight into the heap.</item>
/// <item>Firing: due deadlines are handed to their grain in due order, at most
/// <see cref="DeadlineServiceOptions.MaxConcurrentDispatches"/> at once; the row is deleted after the call succeeded,
/// only while it is still due at the instant that fired.</item>
/// <item>Failure: a call that throws (or whose delete throws) is retried after a back-off that doubles from
/// <see cref="DeadlineServiceOptions.InitialRetryDelay"/> to <see cref="DeadlineServiceOptions.MaxRetryDelay"/>.</item>
/// </list>
/// Thread-safe: its timers call back on whatever thread the <see cref="TimeProvider"/> uses (inline in
/// <c>FakeTimeProvider.Advance</c>), and the grain service calls it from its own scheduler; all state is under one lock.
/// </summary>
internal sealed partial class DeadlineEngine : IDisposable
{
    private readonly IDeadlineTable _table;
    private readonly TimeProvider _time;
    private readonly DeadlineServiceOptions _options;
    private readonly ILogger _logger;
    private readonly DeadlineMetrics _metrics;
    private readonly DeadlineDelivery _delivery;

    private readonly object _lock = new();
    private readonly object _armLock = new();
    private readonly DeadlineSchedule _schedule = new();
    private readonly Dictionary<DeadlineKey, long> _inFlight = new();
    private readonly List<TaskCompletionSource> _idleWaiters = new();

    private long _lastFiringId;
    private long _firedCount;
    private int _activeFirings;
    private bool _started;
    private bool _stopping;
    private bool _pumping;

    private ITimer? _fireTimer;
    private long _armedUtcTicks = long.MaxValue;

    public DeadlineEngine(IDeadlineTable table, IDeadlineDelivery delivery, TimeProvider time, DeadlineServiceOptions options, IMeterFactory meterFactory, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _table = table;
        _time = time;
        _options = options;
        _logger = logger;
        _metrics = new DeadlineMetrics(meterFactory, PendingCount);
        _delivery = new DeadlineDelivery(table, delivery, time, options, _metrics);
    }

    public TimeProvider Time => _time;

    private bool IsRunning => _started && !_stopping;

    public Task ScheduleAsync(GrainId target, string name, DateTimeOffset dueAt)
    {
        DeadlineArguments.ValidateTarget(target);
        DeadlineArguments.ValidateName(name);
        return ApplyAsync(target, [new ScheduledDeadline(name, dueAt)], []);
    }

    public async Task<bool> CancelAsync(GrainId target, string name)
    {
        DeadlineArguments.ValidateTarget(target);
        DeadlineArguments.ValidateName(name);
        var cancelled = await _table.ApplyAsync(target, [], [name]).ConfigureAwait(false);
        Changed(target, [], [name]);
        return cancelled > 0;
    }

    public async Task ApplyAsync(GrainId target, IReadOnlyList<ScheduledDeadline> schedule, IReadOnlyList<string> cancel)
    {
        DeadlineArguments.ValidateChanges(target, schedule, cancel);
        await _table.ApplyAsync(target, schedule, cancel).ConfigureAwait(false);
        Changed(target, schedule, cancel);
    }

    public async Task<IReadOnlyList<ScheduledDeadline>> GetAsync(GrainId target)
    {
        DeadlineArguments.ValidateTarget(target);
        var rows = await _table.ReadForGrainAsync(target).ConfigureAwait(false);
        return rows.Select(static row => new ScheduledDeadline(row.Name, row.DueAt)).ToArray();
    }

    /// <summary>
    /// Starts firing for <paramref name="ranges"/>: arms the timers and loads what is due within the look-ahead
    /// (overdue included). A failed first load is retried by the load timer; this does not throw for it.
    /// </summary>
    public async Task StartAsync(IReadOnlyList<DeadlineRange> ranges)
    {
        lock (_lock)
        {
            if (_started)
            {
                throw new InvalidOperationException("The deadline engine was already started.");
            }

            _ranges = ranges.ToArray();
            _started = true;

            // Set before the first await, so a WhenIdleAsync right after this call waits for the first load.
            _fullReloadPending = true;
            _loadRunning = true;
        }

        lock (_armLock)
        {
            _fireTimer = _time.CreateTimer(static state => ((DeadlineEngine)state!).OnFireTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _loadTimer = _time.CreateTimer(static state => ((DeadlineEngine)state!).OnLoadTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        await RunLoadsAsync().ConfigureAwait(false);
        LogStarted(_logger, PendingCount());
    }

    /// <summary>Stops firing; waits for the handler calls in flight, at most <paramref name="drainTimeout"/>.</summary>
    public async Task StopAsync(TimeSpan drainTimeout)
    {
        lock (_lock)
        {
            if (!_started || _stopping)
            {
                return;
            }

            _stopping = true;
        }

        DisposeTimers();
        Pump();
        try
        {
            // Real time: the service's clock may be a test's fake one that nobody advances during shutdown.
            await WhenIdleAsync().WaitAsync(drainTimeout, TimeProvider.System).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            LogStopDrainTimedOut(_logger, drainTimeout);
        }
        finally
        {
            lock (_lock)
            {
                _schedule.Clear();
                _inFlight.Clear();
            }

            ReleaseIdleWaiters();
        }

        LogStopped(_logger);
    }

    /// <summary>
    /// Completes when nothing due by the clock's now is waiting or running: no load, no handler call in flight, and
    /// the earliest deadline in memory due later.
    /// </summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        TaskCompletionSource waiter;
        lock (_lock)
        {
            if (IsIdle(_time.GetUtcNow().UtcTicks))
            {
                return Task.CompletedTask;
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _idleWaiters.Add(waiter);
        }

        return cancellationToken.CanBeCanceled ? waiter.Task.WaitAsync(cancellationToken) : waiter.Task;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _stopping = true;
        }

        DisposeTimers();
    }

    /// <summary>Deadlines held in memory: the schedule and the handler calls in flight.</summary>
    public long PendingCount()
    {
        lock (_lock)
        {
            return _schedule.Count + _inFlight.Count;
        }
    }

    /// <summary>Handler calls that succeeded on this engine.</summary>
    public long FiredCount
    {
        get
        {
            lock (_lock)
            {
                return _firedCount;
            }
        }
    }

    private void Changed(GrainId target, IReadOnlyList<ScheduledDeadline> schedule, IReadOnlyList<string> cancel)
    {
        lock (_lock)
        {
            foreach (var deadline in schedule)
            {
                var entry = new DeadlineEntry(target, deadline.Name, deadline.DueAt.ToUniversalTime());
                var key = DeadlineKey.Of(entry);
                _changedDuringLoad?.Add(key);
                _inFlight.Remove(key);

                // A request routed here while the ring moves is persisted, and the owner loads it.
                if (IsRunning && entry.DueAt.UtcTicks < _loadedUntilUtcTicks && Owns(entry.Hash))
                {
                    _schedule.Schedule(entry, entry.DueAt.UtcTicks);
                }
                else
                {
                    _schedule.Remove(key);
                }
            }

            foreach (var name in cancel)
            {
                var key = new DeadlineKey(target, name);
                _changedDuringLoad?.Add(key);
                _inFlight.Remove(key);
                _schedule.Remove(key);
            }
        }

        Pump();
    }

    private void DisposeTimers()
    {
        lock (_armLock)
        {
            _fireTimer?.Dispose();
            _loadTimer?.Dispose();
            _fireTimer = null;
            _loadTimer = null;
            _armedUtcTicks = long.MaxValue;
        }
    }

    private bool IsIdle(long nowUtcTicks) =>
        _activeFirings == 0
        && !_loadRunning
        && !_pumping
        && (!IsRunning || _schedule.NextFireUtcTicks() > nowUtcTicks);

    private void ReleaseIdleWaiters()
    {
        List<TaskCompletionSource> waiters;
        lock (_lock)
        {
            waiters = new List<TaskCompletionSource>(_idleWaiters);
            _idleWaiters.Clear();
        }

        waiters.ForEach(static waiter => waiter.TrySetResult());
    }
}
