using Asivado.Orleans.Deadlines;

namespace Asivado.Orleans.Benchmarks.Deadlines;

[Alias("asivado.bench.IDeadlineBenchGrain")]
public interface IDeadlineBenchGrain : IGrainWithIntegerKey, IDeadlineHandler;

/// <summary>A grain that only records when its deadline reached it: the deadline service's path, activation included.</summary>
public sealed class DeadlineBenchGrain(FiringRecorder recorder) : Grain, IDeadlineBenchGrain
{
    public Task ReceiveDeadline(DeadlineFiring firing)
    {
        recorder.Record(this.GetPrimaryKeyLong(), firing.DueAt);
        return Task.CompletedTask;
    }
}
