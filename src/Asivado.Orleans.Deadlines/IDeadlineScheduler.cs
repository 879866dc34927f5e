namespace Asivado.Orleans.Deadlines;

/// <summary>
/// Schedules exact one-shot durable deadlines for grains (shaped like Orleans DurableJobs' <c>ScheduleJobAsync</c>).
/// Each call is routed to the silo whose ring range holds <c>target</c>; it completes once the change is durable.
/// The target grain must implement <see cref="IDeadlineHandler"/>. A (target, name) pair holds at most one deadline:
/// scheduling it again moves it.
/// </summary>
public interface IDeadlineScheduler
{
    Task ScheduleAsync(GrainId target, string name, DateTimeOffset dueAt);

    /// <returns>True when the deadline existed.</returns>
    Task<bool> CancelAsync(GrainId target, string name);

    /// <summary>Schedules <paramref name="schedule"/> and cancels <paramref name="cancel"/> in one call (one write where the table batches).</summary>
    Task ApplyAsync(GrainId target, IReadOnlyList<ScheduledDeadline> schedule, IReadOnlyList<string> cancel);

    /// <summary>The grain's pending deadlines, in no particular order.</summary>
    Task<IReadOnlyList<ScheduledDeadline>> GetAsync(GrainId target);
}
