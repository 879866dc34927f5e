namespace Asivado.Orleans.Deadlines.Tests.Cluster;

[Alias("asivado.deadlines.tests.IDeadlineTestGrain")]
public interface IDeadlineTestGrain : IDeadlineHandler, IGrainWithStringKey
{
    Task Schedule(string name, DateTimeOffset dueAt);

    Task<bool> Cancel(string name);

    Task<IReadOnlyList<ScheduledDeadline>> Pending();

    Task<List<DeadlineFiring>> Received();

    /// <summary>The next <paramref name="times"/> calls of <see cref="IDeadlineHandler.ReceiveDeadline"/> throw.</summary>
    Task FailNext(int times);

    /// <summary>When <paramref name="name"/> fires, schedule it again at <paramref name="nextDueAt"/> before returning.</summary>
    Task RescheduleWhenFired(string name, DateTimeOffset nextDueAt);
}
