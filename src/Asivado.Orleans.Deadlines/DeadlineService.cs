using System.Diagnostics.Metrics;
using Asivado.Orleans.Deadlines.Scheduling;
using Asivado.Orleans.Deadlines.Table;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Asivado.Orleans.Deadlines;

/// <summary>
/// Exact one-shot durable deadlines as an Orleans <see cref="GrainService"/>: each silo's instance holds in memory only
/// the deadlines of its ring range due within <see cref="DeadlineServiceOptions.LookAhead"/>, fires what fell due while
/// no silo owned it once at start and on hand-over, and reloads when membership moves its range. The scheduling itself
/// is <see cref="DeadlineEngine"/>; this class ties it to the silo: start, stop, ring ranges and grain calls.
/// </summary>
public sealed class DeadlineService : GrainService, IDeadlineService
{
    // Real time: how long a stopping silo waits for handler calls in flight; a call cut off is redelivered by the next owner.
    private static readonly TimeSpan StopDrainTimeout = TimeSpan.FromSeconds(10);

    private readonly DeadlineEngine _engine;
    private readonly DeadlineServiceProbe _probe;

    public DeadlineService(
        GrainId id,
        Silo silo,
        ILoggerFactory loggerFactory,
        IDeadlineTable table,
        IGrainFactory grainFactory,
        IOptions<DeadlineServiceOptions> options,
        IMeterFactory meterFactory,
        DeadlineServiceProbe probe,
        IServiceProvider services)
        : base(id, silo, loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(services);
        var time = services.GetKeyedService<TimeProvider>(DeadlineServiceTime.Key) ?? services.GetRequiredService<TimeProvider>();
        _engine = new DeadlineEngine(table, new GrainDeadlineDelivery(grainFactory), time, options.Value, meterFactory, loggerFactory.CreateLogger<DeadlineService>());
        _probe = probe;
    }

    public Task ScheduleAsync(GrainId target, string name, DateTimeOffset dueAt) => _engine.ScheduleAsync(target, name, dueAt);

    public Task<bool> CancelAsync(GrainId target, string name) => _engine.CancelAsync(target, name);

    public Task ApplyAsync(GrainId target, ScheduledDeadline[] schedule, string[] cancel) => _engine.ApplyAsync(target, schedule, cancel);

    public async Task<ScheduledDeadline[]> GetAsync(GrainId target) => [.. await _engine.GetAsync(target)];

    protected override async Task StartInBackground()
    {
        var start = _engine.StartAsync(ToRanges(RingRange));
        _probe.Attach(_engine);
        await start;

        // Started subscribes to range changes, and the ring replays its latest one at once, so a change since
        // Start() read RingRange is not missed.
        await base.StartInBackground();
    }

    public override async Task OnRangeChange(IRingRange oldRange, IRingRange newRange, bool increased)
    {
        await base.OnRangeChange(oldRange, newRange, increased);
        if (Status == GrainServiceStatus.Started && newRange is not null)
        {
            await _engine.ChangeRangesAsync(ToRanges(newRange));
        }
    }

    public override async Task Stop()
    {
        await _engine.StopAsync(StopDrainTimeout);
        await base.Stop();
        _engine.Dispose();
    }

    private static DeadlineRange[] ToRanges(IRingRange range) =>
        [.. RangeFactory.GetSubRanges(range).Select(static single => new DeadlineRange(single.Begin, single.End))];
}
