namespace Asivado.LoadTest.Rates;

/// <summary>
/// The intended start times of an open-loop run, phase after phase: within a phase that starts at T with rate R,
/// operation j of the phase starts at T + j / R, for every j whose start falls before the end of the phase.
/// </summary>
public sealed class OpenLoopSchedule
{
    private readonly RatePhase[] _phases;
    private readonly long[] _firstIndex;
    private readonly TimeSpan[] _startOffset;

    public OpenLoopSchedule(double ratePerSecond, TimeSpan duration)
        : this([new RatePhase(ratePerSecond, duration)])
    {
    }

    public OpenLoopSchedule(IReadOnlyList<RatePhase> phases)
    {
        ArgumentNullException.ThrowIfNull(phases);
        ArgumentOutOfRangeException.ThrowIfZero(phases.Count);
        _phases = [.. phases];
        _firstIndex = new long[_phases.Length + 1];
        _startOffset = new TimeSpan[_phases.Length];
        var start = TimeSpan.Zero;
        for (var p = 0; p < _phases.Length; p++)
        {
            _startOffset[p] = start;
            _firstIndex[p + 1] = _firstIndex[p] + CountIn(_phases[p]);
            start += _phases[p].Duration;
        }
    }

    public long OperationCount => _firstIndex[^1];

    public TimeSpan IntendedOffset(long operationIndex)
    {
        var phase = 0;
        while (phase < _phases.Length - 1 && _firstIndex[phase + 1] <= operationIndex)
        {
            phase++;
        }

        return _startOffset[phase] + OffsetWithin(_phases[phase], operationIndex - _firstIndex[phase]);
    }

    private static long CountIn(RatePhase phase)
    {
        var count = (long)Math.Ceiling(phase.RatePerSecond * phase.Duration.TotalSeconds);
        return count > 0 && OffsetWithin(phase, count - 1) >= phase.Duration ? count - 1 : count; // Guards against floating-point round-up.
    }

    private static TimeSpan OffsetWithin(RatePhase phase, long index) =>
        TimeSpan.FromTicks((long)Math.Round(index * (TimeSpan.TicksPerSecond / phase.RatePerSecond)));
}
