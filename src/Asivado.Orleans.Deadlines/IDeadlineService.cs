using Orleans.Services;

namespace Asivado.Orleans.Deadlines;

/// <summary>
/// The deadline grain service, one per silo, each owning the deadlines of the targets in its ring range. Called through
/// <see cref="DeadlineServiceClient"/> (<see cref="IDeadlineScheduler"/>), which routes by target; arrays, not lists,
/// so what crosses silos is always a serializable type.
/// </summary>
[Alias("asivado.deadlines.IDeadlineService")]
public interface IDeadlineService : IGrainService
{
    [Alias("schedule")]
    Task ScheduleAsync(GrainId target, string name, DateTimeOffset dueAt);

    [Alias("cancel")]
    Task<bool> CancelAsync(GrainId target, string name);

    [Alias("apply")]
    Task ApplyAsync(GrainId target, ScheduledDeadline[] schedule, string[] cancel);

    [Alias("get")]
    Task<ScheduledDeadline[]> GetAsync(GrainId target);
}
