using System.Collections.Concurrent;
using Asivado.Orleans.Deadlines;
using Asivado.Orleans.Deadlines.Table;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Asivado.LoadTest.PollingBaseline;

/// <summary>
/// Deadlines the way help-desk tools (Zammad, Chatwoot, osTicket) check SLAs, as the baseline the exact
/// <see cref="DeadlineService"/> is measured against: the same durable table, written on change; no schedule in memory;
/// every <see cref="PollingBaselineOptions.Interval"/> one read per owned ring range of everything due at or before now,
/// and whatever was read is handed to its grain, so a deadline fires at the first poll at or after its due instant, up
/// to one interval late. Same delivery as the exact path: the row is deleted only after its grain handled it, and only
/// if it was not moved meanwhile; a failed call stays in the table and the next poll retries it; a deadline still in
/// flight is not dispatched again.
/// </summary>
public sealed partial class PollingDeadlineService : GrainService, IPollingDeadlineService
{
    private static readonly TimeSpan StopDrainTimeout = TimeSpan.FromSeconds(10);

    private readonly IDeadlineTable _table;
    private readonly IGrainFactory _grains;
    private readonly TimeProvider _time;
    private readonly PollingBaselineOptions _options;
    private readonly ILogger<PollingDeadlineService> _logger;
    private readonly SemaphoreSlim _dispatchSlots;
    private readonly ConcurrentDictionary<DeadlineEntry, byte> _inFlight = new();
    private readonly CancellationTokenSource _stopping = new();
    private volatile DeadlineRange[] _ranges = [];
    private Task _polling = Task.CompletedTask;

    public PollingDeadlineService(GrainId id, Silo silo, ILoggerFactory loggerFactory, IGrainFactory grains, IOptions<PollingBaselineOptions> options, IServiceProvider services)
        : base(id, silo, loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(services);
        _table = services.GetRequiredKeyedService<IDeadlineTable>(PollingBaselineServices.TableKey);
        _time = services.GetKeyedService<TimeProvider>(DeadlineServiceTime.Key) ?? services.GetRequiredService<TimeProvider>();
        _grains = grains;
        _options = options.Value;
        _logger = loggerFactory.CreateLogger<PollingDeadlineService>();
        _dispatchSlots = new SemaphoreSlim(_options.MaxConcurrentDispatches, _options.MaxConcurrentDispatches);
    }

    public Task ScheduleAsync(GrainId target, string name, DateTimeOffset dueAt) => _table.ApplyAsync(target, [new ScheduledDeadline(name, dueAt)], []);

    public async Task<bool> CancelAsync(GrainId target, string name) => await _table.ApplyAsync(target, [], [name]) > 0;

    public Task ApplyAsync(GrainId target, ScheduledDeadline[] schedule, string[] cancel) => _table.ApplyAsync(target, schedule, cancel);

    public async Task<ScheduledDeadline[]> GetAsync(GrainId target) =>
        [.. (await _table.ReadForGrainAsync(target)).Select(static entry => new ScheduledDeadline(entry.Name, entry.DueAt))];

    protected override async Task StartInBackground()
    {
        _ranges = ToRanges(RingRange);
        LogStarted(_logger, _options.Interval);

        // Created before Start returns (this part runs synchronously), so the poll grid starts with the silo; the loop
        // runs off the service's own scheduler, on the thread pool, as the exact engine's calls do.
        var timer = new PeriodicTimer(_options.Interval, _time);
        _polling = Task.Run(() => PollLoopAsync(timer));
        await base.StartInBackground();
    }

    public override async Task OnRangeChange(IRingRange oldRange, IRingRange newRange, bool increased)
    {
        await base.OnRangeChange(oldRange, newRange, increased);
        if (newRange is not null)
        {
            _ranges = ToRanges(newRange);
        }
    }

    public override async Task Stop()
    {
        await _stopping.CancelAsync();
        await _polling;
        await DrainAsync();
        await base.Stop();
    }

    private async Task PollLoopAsync(PeriodicTimer timer)
    {
        using var owned = timer;
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                await PollAsync(_stopping.Token);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        int rows = 0, dispatched = 0;
        try
        {
            foreach (var range in _ranges)
            {
                var due = await _table.ReadDueBetweenAsync(DateTimeOffset.MinValue, now.AddTicks(1), range, cancellationToken);
                rows += due.Count;
                foreach (var entry in due)
                {
                    if (!_inFlight.TryAdd(entry, 0))
                    {
                        continue;
                    }

                    await _dispatchSlots.WaitAsync(cancellationToken);
                    dispatched++;
                    _ = FireAsync(entry);
                }
            }

            LogPolled(_logger, now, rows, dispatched);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            LogPollFailed(_logger, exception, now);
        }
    }

    private async Task FireAsync(DeadlineEntry entry)
    {
        try
        {
            await _grains.GetGrain<IDeadlineHandler>(entry.Target).ReceiveDeadline(new DeadlineFiring(entry.Name, entry.DueAt, _time.GetUtcNow()));
            await _table.RemoveFiredAsync(entry.Target, entry.Name, entry.DueAt, CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogFiringFailed(_logger, exception, entry.Target, entry.Name);
        }
        finally
        {
            _inFlight.TryRemove(entry, out _);
            _dispatchSlots.Release();
        }
    }

    /// <summary>Waits (bounded) until every handler call in flight returned: all dispatch slots are free again.</summary>
    private async Task DrainAsync()
    {
        using var timeout = new CancellationTokenSource(StopDrainTimeout);
        try
        {
            for (var i = 0; i < _options.MaxConcurrentDispatches; i++)
            {
                await _dispatchSlots.WaitAsync(timeout.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // A call cut off stays in the table; the next owner fires it.
        }
    }

    private static DeadlineRange[] ToRanges(IRingRange range) =>
        [.. RangeFactory.GetSubRanges(range).Select(static single => new DeadlineRange(single.Begin, single.End))];
}
