using Asivado.Orleans.Deadlines;
using Orleans.Services;

namespace Asivado.LoadTest.PollingBaseline;

/// <summary>The polling baseline's grain service, one per silo, each owning the deadlines of its ring range (as <see cref="IDeadlineService"/>).</summary>
[Alias("asivado.loadtest.IPollingDeadlineService")]
public interface IPollingDeadlineService : IGrainService
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
