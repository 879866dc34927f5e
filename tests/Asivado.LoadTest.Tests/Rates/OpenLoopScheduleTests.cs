using Asivado.LoadTest.Rates;

namespace Asivado.LoadTest.Tests.Rates;

public sealed class OpenLoopScheduleTests
{
    [Theory]
    [InlineData(10, 2, 20)]
    [InlineData(5_000, 60, 300_000)]
    [InlineData(3, 1, 3)]
    [InlineData(0.5, 3, 2)]
    public void Operation_count_is_rate_times_duration_rounded_up(double rate, int seconds, long expected)
    {
        Assert.Equal(expected, new OpenLoopSchedule(rate, TimeSpan.FromSeconds(seconds)).OperationCount);
    }

    [Fact]
    public void Intended_offsets_are_evenly_spaced()
    {
        var schedule = new OpenLoopSchedule(4, TimeSpan.FromSeconds(1));

        Assert.Equal(
            [TimeSpan.Zero, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(750)],
            Enumerable.Range(0, 4).Select(index => schedule.IntendedOffset(index)));
    }
}
