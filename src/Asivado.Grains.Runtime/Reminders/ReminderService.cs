using System.Diagnostics.Metrics;
using Asivado.Grains.Runtime.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Asivado.Grains.Runtime.Reminders;

/// <summary>
/// The durable reminder scheduler.
/// <list type="bullet">
/// <item>Persist on change: register and unregister write the <see cref="IReminderTable"/> before they return;
/// get and get-all read the table, which is the source of truth.</item>
/// <item>Load what falls due soon: at start the reminders due before now + look-ahead (overdue ones included) are read
/// in one query; then every <see cref="ReminderServiceOptions.LookAhead"/> / 2 only the part of the window not loaded
/// yet, from the previous horizon to now + look-ahead (<see cref="IReminderTable.ReadDueBetweenAsync"/>). Rows are
/// merged (deduplicated by grain, name and ETag) into an in-memory min-heap; one timer is armed at the earliest due
/// instant. Nothing polls per reminder. Registrations made through this service that fall inside the loaded window
/// go straight into the heap; a row another process writes into the table for an instant this process has already
/// loaded is therefore not seen until the next start-up (one process owns a hash range).</item>
/// <item>Firing: due reminders are dispatched in due order, at most
/// <see cref="ReminderServiceOptions.MaxConcurrentDispatches"/> at once. After a successful dispatch a one-shot
/// reminder is removed and a periodic one is advanced to the first instant on its grid (due + k × period) strictly
/// after now, both only if the table still holds the version that fired (ETag), so a re-registration made during
/// the dispatch is kept. A reminder that fell due while no process ran therefore fires once at start-up and then
/// continues on its grid.</item>
/// <item>Failure: a dispatch that throws (or whose table write throws) is retried after a back-off that doubles from
/// <see cref="ReminderServiceOptions.InitialRetryDelay"/> to <see cref="ReminderServiceOptions.MaxRetryDelay"/>; it is
/// never dropped. Delivery is at-least-once.</item>
/// <item><see cref="TickStatus.FirstTickTime"/> and <see cref="TickStatus.CurrentTickTime"/> are both the due instant of
/// the firing version: the table does not keep the instant a periodic reminder was first registered for.</item>
/// </list>
/// </summary>
internal sealed partial class ReminderService : IReminderService, IDisposable
{
    private readonly IReminderTable _table;
    private readonly TimeProvider _time;
    private readonly ReminderServiceOptions _options;
    private readonly ILogger<ReminderService> _logger;
    private readonly ReminderMetrics _metrics;
    private readonly ReminderDelivery _delivery;

    private readonly object _lock = new();
    private readonly object _armLock = new();
    private readonly ReminderSchedule _schedule = new();
    private readonly Dictionary<ReminderKey, ReminderEntry> _inFlight = new();
    private readonly List<TaskCompletionSource> _idleWaiters = new();
    private readonly CancellationTokenSource _dispatchCancellation = new();

    // Keys changed while a load is between its table read and its merge; the load must not overwrite them.
    private HashSet<ReminderKey>? _changedDuringLoad;
    private long _loadedUntilUtcTicks = long.MinValue;
    private int _activeFirings;
    private int _activeLoads;
    private bool _started;
    private bool _stopping;
    private bool _pumping;

    private ITimer? _fireTimer;
    private ITimer? _loadTimer;
    private long _armedUtcTicks = long.MaxValue;

    public ReminderService(
        IReminderTable table,
        IReminderDispatcher dispatcher,
        TimeProvider timeProvider,
        IMeterFactory meterFactory,
        IOptions<ReminderServiceOptions> options,
        ILogger<ReminderService> logger)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(dispatcher);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        options.Value.Validate();

        _table = table;
        _time = timeProvider;
        _options = options.Value;
        _logger = logger;
        _metrics = new ReminderMetrics(meterFactory, ReminderMetrics.ExactMode, PendingCount);
        _delivery = new ReminderDelivery(table, dispatcher, timeProvider, _options, _metrics);
    }

    private bool IsRunning => _started && !_stopping;

    public async Task<ReminderEntry> RegisterOrUpdateAsync(GrainId grainId, string name, DateTimeOffset dueAt, TimeSpan period, CancellationToken cancellationToken = default)
    {
        ReminderArguments.ValidateIdentity(grainId, name);
        ArgumentOutOfRangeException.ThrowIfLessThan(period, TimeSpan.Zero);

        var stored = await _delivery.StoreAsync(new ReminderEntry(grainId, name, dueAt, period), cancellationToken).ConfigureAwait(false);
        var key = ReminderKey.Of(stored);

        lock (_lock)
        {
            _changedDuringLoad?.Add(key);
            _inFlight.Remove(key);
            if (IsRunning && dueAt.UtcTicks < _loadedUntilUtcTicks)
            {
                _schedule.Schedule(stored, dueAt.UtcTicks);
            }
            else
            {
                _schedule.Remove(key);
            }
        }

        Pump();
        return stored;
    }

    public async Task<bool> UnregisterAsync(GrainId grainId, string name, CancellationToken cancellationToken = default)
    {
        ReminderArguments.ValidateIdentity(grainId, name);

        var removed = await _table.RemoveAsync(grainId, name, expectedETag: null, cancellationToken).ConfigureAwait(false);
        var key = new ReminderKey(grainId, name);
        lock (_lock)
        {
            _changedDuringLoad?.Add(key);
            _inFlight.Remove(key);
            _schedule.Remove(key);
        }

        Pump();
        return removed;
    }

    public Task<ReminderEntry?> GetAsync(GrainId grainId, string name, CancellationToken cancellationToken = default)
    {
        ReminderArguments.ValidateIdentity(grainId, name);
        return _table.ReadAsync(grainId, name, cancellationToken);
    }

    public Task<IReadOnlyList<ReminderEntry>> GetAllAsync(GrainId grainId, CancellationToken cancellationToken = default)
    {
        ReminderArguments.ValidateGrainId(grainId);
        return _table.ReadForGrainAsync(grainId, cancellationToken);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_started)
            {
                throw new InvalidOperationException("The reminder service was already started; a stopped service cannot be restarted.");
            }

            _started = true;
        }

        lock (_armLock)
        {
            _fireTimer = _time.CreateTimer(static state => ((ReminderService)state!).OnFireTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _loadTimer = _time.CreateTimer(static state => ((ReminderService)state!).OnLoadTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        try
        {
            await LoadAsync(throwOnFailure: true, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Leave nothing half-started: the caller may start again.
            DisposeTimers();
            lock (_lock)
            {
                _started = false;
                _schedule.Clear();
                _loadedUntilUtcTicks = long.MinValue;
            }

            throw;
        }

        LogStarted(_logger, PendingCount());
    }

    public async Task StopAsync(CancellationToken cancellationToken)
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
        try
        {
            await WhenIdleAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await _dispatchCancellation.CancelAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            lock (_lock)
            {
                _schedule.Clear();
                _inFlight.Clear();
            }
        }

        LogStopped(_logger);
    }

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

    /// <summary>Stops firing without waiting; dispatches in flight are asked to cancel. Prefer <see cref="StopAsync"/>.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _stopping = true;
        }

        DisposeTimers();
        _dispatchCancellation.Cancel();
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

    internal long PendingCount()
    {
        lock (_lock)
        {
            return _schedule.Count + _inFlight.Count;
        }
    }

    private bool IsIdle(long nowUtcTicks) =>
        _activeFirings == 0
        && _activeLoads == 0
        && !_pumping
        && (!IsRunning || _schedule.NextFireUtcTicks() > nowUtcTicks);
}
