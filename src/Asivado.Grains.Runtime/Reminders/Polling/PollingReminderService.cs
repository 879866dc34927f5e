using System.Diagnostics.Metrics;
using Asivado.Grains.Runtime.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Asivado.Grains.Runtime.Reminders.Polling;

/// <summary>
/// The polling SLA checker, as help-desk tools (Zammad, Chatwoot, osTicket) find due escalations: a baseline to
/// measure <see cref="ReminderService"/> against, selected with <see cref="ReminderServiceMode.Polling"/>.
/// <list type="bullet">
/// <item>Persist on change, exactly as the exact scheduler: register and unregister write the
/// <see cref="IReminderTable"/> before they return; get and get-all read it.</item>
/// <item>No in-memory schedule: at start and then every <see cref="ReminderServiceOptions.PollInterval"/> (on a fixed
/// grid from the start instant) the table is queried for everything due at or before now
/// (<see cref="IReminderTable.ReadDueBeforeAsync"/> over <see cref="ReminderServiceOptions.Range"/>). A reminder
/// therefore fires at the first poll at or after its due instant: up to one interval late. A poll that overruns its
/// interval skips the grid instants it overran.</item>
/// <item>What a poll finds is claimed (so a later poll does not dispatch it twice) and dispatched in due order, at most
/// <see cref="ReminderServiceOptions.MaxConcurrentDispatches"/> at once; the claims are the only reminders held in
/// memory, and only until their dispatch finishes.</item>
/// <item>Firing semantics are the exact scheduler's (<see cref="ReminderDelivery"/>): after a successful dispatch a
/// one-shot reminder is removed and a periodic one advanced to the first grid instant strictly after now, both only
/// if the table still holds the version that fired (ETag), so a re-registration during the dispatch is kept. A
/// failed dispatch is retried at the first poll after a back-off doubling from
/// <see cref="ReminderServiceOptions.InitialRetryDelay"/> to <see cref="ReminderServiceOptions.MaxRetryDelay"/>,
/// never dropped: the row stays in the table, due.</item>
/// </list>
/// </summary>
internal sealed partial class PollingReminderService : IReminderService, IDisposable
{
    private readonly IReminderTable _table;
    private readonly TimeProvider _time;
    private readonly ReminderServiceOptions _options;
    private readonly ILogger<PollingReminderService> _logger;
    private readonly ReminderMetrics _metrics;
    private readonly ReminderDelivery _delivery;

    private readonly object _lock = new();
    private readonly object _armLock = new();
    private readonly List<TaskCompletionSource> _idleWaiters = new();
    private readonly CancellationTokenSource _dispatchCancellation = new();

    private long _gridOriginUtcTicks;
    private bool _started;
    private bool _stopping;
    private ITimer? _pollTimer;

    public PollingReminderService(
        IReminderTable table,
        IReminderDispatcher dispatcher,
        TimeProvider timeProvider,
        IMeterFactory meterFactory,
        IOptions<ReminderServiceOptions> options,
        ILogger<PollingReminderService> logger)
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
        _metrics = new ReminderMetrics(meterFactory, ReminderMetrics.PollingMode, PendingCount);
        _delivery = new ReminderDelivery(table, dispatcher, timeProvider, _options, _metrics);
    }

    private bool IsRunning => _started && !_stopping;

    public async Task<ReminderEntry> RegisterOrUpdateAsync(GrainId grainId, string name, DateTimeOffset dueAt, TimeSpan period, CancellationToken cancellationToken = default)
    {
        ReminderArguments.ValidateIdentity(grainId, name);
        ArgumentOutOfRangeException.ThrowIfLessThan(period, TimeSpan.Zero);

        var stored = await _delivery.StoreAsync(new ReminderEntry(grainId, name, dueAt, period), cancellationToken).ConfigureAwait(false);
        Forget(ReminderKey.Of(stored));
        return stored;
    }

    public async Task<bool> UnregisterAsync(GrainId grainId, string name, CancellationToken cancellationToken = default)
    {
        ReminderArguments.ValidateIdentity(grainId, name);

        var removed = await _table.RemoveAsync(grainId, name, expectedETag: null, cancellationToken).ConfigureAwait(false);
        Forget(new ReminderKey(grainId, name));
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

    /// <summary>Polls once (reminders that fell due while no process ran fire now), then every poll interval.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_started)
            {
                throw new InvalidOperationException("The reminder service was already started; a stopped service cannot be restarted.");
            }

            _started = true;
            _gridOriginUtcTicks = _time.GetUtcNow().UtcTicks;
        }

        lock (_armLock)
        {
            _pollTimer = _time.CreateTimer(static state => ((PollingReminderService)state!).OnPollTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        try
        {
            await PollAsync(throwOnFailure: true, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Leave nothing half-started: the caller may start again.
            DisposeTimer();
            lock (_lock)
            {
                _started = false;
                ClearClaims();
            }

            throw;
        }

        LogStarted(_logger, _options.PollInterval, PendingCount());
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

        DisposeTimer();
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
                ClearClaims();
            }
        }

        LogStopped(_logger);
    }

    /// <summary>
    /// Completes once no poll is running and every reminder the polls so far found has been dispatched and its
    /// dispatch has finished. Reminders that fell due since the last poll wait for the next one, as in production.
    /// </summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        TaskCompletionSource waiter;
        lock (_lock)
        {
            if (IsIdle())
            {
                return Task.CompletedTask;
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _idleWaiters.Add(waiter);
        }

        return cancellationToken.CanBeCanceled ? waiter.Task.WaitAsync(cancellationToken) : waiter.Task;
    }

    /// <summary>Stops polling without waiting; dispatches in flight are asked to cancel. Prefer <see cref="StopAsync"/>.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _stopping = true;
        }

        DisposeTimer();
        _dispatchCancellation.Cancel();
    }

    /// <summary>Reminders claimed by a poll and not yet finished: waiting for a dispatch slot or being dispatched.</summary>
    internal long PendingCount()
    {
        lock (_lock)
        {
            return _claimed.Count;
        }
    }

    private void DisposeTimer()
    {
        lock (_armLock)
        {
            _pollTimer?.Dispose();
            _pollTimer = null;
        }
    }
}
