namespace Asivado.Grains.Runtime.Timers;

/// <summary>How a grain timer ticks.</summary>
public readonly record struct GrainTimerCreationOptions
{
    public GrainTimerCreationOptions(TimeSpan dueTime, TimeSpan period)
    {
        DueTime = dueTime;
        Period = period;
    }

    /// <summary>Time to the first tick. <see cref="Timeout.InfiniteTimeSpan"/>: never.</summary>
    public TimeSpan DueTime { get; init; }

    /// <summary>
    /// Time from the end of one tick's callback to the next tick (ticks never overlap).
    /// <see cref="Timeout.InfiniteTimeSpan"/>: tick once.
    /// </summary>
    public TimeSpan Period { get; init; }

    /// <summary>When true, ticks count as activity and keep the activation from idle collection. Default: false.</summary>
    public bool KeepAlive { get; init; }

    /// <summary>When true, the callback may interleave with requests at await points. Default: false (it takes a turn).</summary>
    public bool Interleave { get; init; }
}
