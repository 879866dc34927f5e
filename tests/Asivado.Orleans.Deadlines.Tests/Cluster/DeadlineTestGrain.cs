namespace Asivado.Orleans.Deadlines.Tests.Cluster;

public sealed class DeadlineTestGrain(IDeadlineScheduler scheduler) : Grain, IDeadlineTestGrain
{
    private readonly List<DeadlineFiring> _received = [];
    private readonly Dictionary<string, DateTimeOffset> _reschedule = new(StringComparer.Ordinal);
    private int _failuresLeft;

    public Task Schedule(string name, DateTimeOffset dueAt) => scheduler.ScheduleAsync(this.GetGrainId(), name, dueAt);

    public Task<bool> Cancel(string name) => scheduler.CancelAsync(this.GetGrainId(), name);

    public Task<IReadOnlyList<ScheduledDeadline>> Pending() => scheduler.GetAsync(this.GetGrainId());

    public Task<List<DeadlineFiring>> Received() => Task.FromResult(_received.ToList());

    public Task FailNext(int times)
    {
        _failuresLeft = times;
        return Task.CompletedTask;
    }

    public Task RescheduleWhenFired(string name, DateTimeOffset nextDueAt)
    {
        _reschedule[name] = nextDueAt;
        return Task.CompletedTask;
    }

    public async Task ReceiveDeadline(DeadlineFiring firing)
    {
        _received.Add(firing);
        if (_failuresLeft > 0)
        {
            _failuresLeft--;
            throw new InvalidOperationException("The handler failed (test).");
        }

        if (_reschedule.Remove(firing.Name, out var next))
        {
            await scheduler.ScheduleAsync(this.GetGrainId(), firing.Name, next);
        }
    }
}
