namespace Asivado.LoadTest.Rates;

/// <summary>
/// The intended start times of an open-loop run: operation i starts at i / rate seconds after the
/// start, for every i whose start falls before the end of the duration.
/// </summary>
public sealed record OpenLoopSchedule(double RatePerSecond, TimeSpan Duration)
{
    public long OperationCount
    {
        get
        {
            var count = (long)Math.Ceiling(RatePerSecond * Duration.TotalSeconds);
            return IntendedOffset(count - 1) >= Duration ? count - 1 : count; // Guards against floating-point round-up.
        }
    }

    public TimeSpan IntendedOffset(long operationIndex) =>
        TimeSpan.FromTicks((long)Math.Round(operationIndex * (TimeSpan.TicksPerSecond / RatePerSecond)));
}
