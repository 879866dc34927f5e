using Asivado.Orleans.Deadlines.Scheduling;
using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines;

/// <summary>
/// A window onto this silo's <see cref="DeadlineService"/> for tests in virtual time, registered per silo by
/// <c>AddDeadlines</c> (resolve it from the silo's services, e.g. <c>cluster.Silos[0].ServiceProvider</c>). A test advances
/// its fake clock, then awaits <see cref="WhenIdleAsync"/> instead of sleeping, then asserts exactly:
/// <code>
/// fakeTime.Advance(TimeSpan.FromSeconds(10));
/// await probe.WhenIdleAsync();   // everything due by the clock's now has been handed to its grain, and the calls returned
/// </code>
/// </summary>
public sealed class DeadlineServiceProbe
{
    private readonly TaskCompletionSource<DeadlineEngine> _engine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once the silo's deadline service began starting.</summary>
    public bool IsStarted => _engine.Task.IsCompleted;

    /// <summary>Deadlines this silo holds in memory: those due within the look-ahead window, and handler calls in flight.</summary>
    public long InMemoryCount => Engine?.PendingCount() ?? 0;

    /// <summary>Handler calls that succeeded on this silo.</summary>
    public long FiredCount => Engine?.FiredCount ?? 0;

    /// <summary>The ring ranges this silo's service owns (empty before it started).</summary>
    public IReadOnlyList<DeadlineRange> Ranges => Engine?.Ranges ?? [];

    private DeadlineEngine? Engine => _engine.Task.IsCompleted ? _engine.Task.Result : null;

    /// <summary>Whether the target's deadlines are this silo's.</summary>
    public bool Owns(GrainId target) => Engine?.Owns(target) ?? false;

    /// <summary>
    /// Completes once the service started and is idle: its first load and any reload are done, no handler call is in
    /// flight, and nothing in memory is due by the clock's now (retries waiting for their back-off are not due yet).
    /// </summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        var engine = await _engine.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        await engine.WhenIdleAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes at the next change of <see cref="Ranges"/> (membership moved this silo's ring range).</summary>
    public async Task WhenRangesChangeAsync(CancellationToken cancellationToken = default)
    {
        var engine = await _engine.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        await engine.WhenRangesChangeAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    internal void Attach(DeadlineEngine engine) => _engine.TrySetResult(engine);
}
