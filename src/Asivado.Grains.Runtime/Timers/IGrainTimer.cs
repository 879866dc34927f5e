namespace Asivado.Grains.Runtime.Timers;

/// <summary>A grain timer; disposed with its activation.</summary>
public interface IGrainTimer : IDisposable
{
    /// <summary>Reschedules: next tick after <paramref name="dueTime"/>, then every <paramref name="period"/> (<see cref="Timeout.InfiniteTimeSpan"/>: no repeat).</summary>
    void Change(TimeSpan dueTime, TimeSpan period);
}
