using Asivado.Orleans.Deadlines;
using Orleans.Runtime.Services;

namespace Asivado.LoadTest.PollingBaseline;

/// <summary>The grains' <see cref="IDeadlineScheduler"/> under the baseline: each call goes to the polling service of the silo owning the target.</summary>
public sealed class PollingDeadlineScheduler(IServiceProvider services) : GrainServiceClient<IPollingDeadlineService>(services), IDeadlineScheduler
{
    public Task ScheduleAsync(GrainId target, string name, DateTimeOffset dueAt) => GetGrainService(target).ScheduleAsync(target, name, dueAt);

    public Task<bool> CancelAsync(GrainId target, string name) => GetGrainService(target).CancelAsync(target, name);

    public Task ApplyAsync(GrainId target, IReadOnlyList<ScheduledDeadline> schedule, IReadOnlyList<string> cancel) =>
        GetGrainService(target).ApplyAsync(target, [.. schedule], [.. cancel]);

    public async Task<IReadOnlyList<ScheduledDeadline>> GetAsync(GrainId target) => await GetGrainService(target).GetAsync(target);
}
