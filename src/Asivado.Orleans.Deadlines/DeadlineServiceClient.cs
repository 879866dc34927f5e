using Asivado.Orleans.Deadlines.Table;
using Orleans.Runtime.Services;

namespace Asivado.Orleans.Deadlines;

/// <summary>
/// The silo-side <see cref="IDeadlineScheduler"/>: each call goes to the <see cref="DeadlineService"/> of the silo whose
/// ring range holds the target. Registered by <c>AddDeadlines</c>; grains take <see cref="IDeadlineScheduler"/>.
/// </summary>
public sealed class DeadlineServiceClient(IServiceProvider services) : GrainServiceClient<IDeadlineService>(services), IDeadlineScheduler
{
    public Task ScheduleAsync(GrainId target, string name, DateTimeOffset dueAt)
    {
        DeadlineArguments.ValidateTarget(target);
        DeadlineArguments.ValidateName(name);
        return GetGrainService(target).ScheduleAsync(target, name, dueAt);
    }

    public Task<bool> CancelAsync(GrainId target, string name)
    {
        DeadlineArguments.ValidateTarget(target);
        DeadlineArguments.ValidateName(name);
        return GetGrainService(target).CancelAsync(target, name);
    }

    public Task ApplyAsync(GrainId target, IReadOnlyList<ScheduledDeadline> schedule, IReadOnlyList<string> cancel)
    {
        DeadlineArguments.ValidateChanges(target, schedule, cancel);
        return GetGrainService(target).ApplyAsync(target, [.. schedule], [.. cancel]);
    }

    public async Task<IReadOnlyList<ScheduledDeadline>> GetAsync(GrainId target)
    {
        DeadlineArguments.ValidateTarget(target);
        return await GetGrainService(target).GetAsync(target);
    }
}
