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

    [Fact]
    public void Phases_follow_each_other_each_at_its_own_rate()
    {
        var schedule = new OpenLoopSchedule([new RatePhase(4, TimeSpan.FromSeconds(1)), new RatePhase(2, TimeSpan.FromSeconds(1))]);

        Assert.Equal(6, schedule.OperationCount);
        Assert.Equal(
            [0, 250, 500, 750, 1_000, 1_500],
            Enumerable.Range(0, 6).Select(index => schedule.IntendedOffset(index).TotalMilliseconds));
    }

    [Fact]
    public void A_burst_then_the_normal_rate_counts_both()
    {
        var schedule = new OpenLoopSchedule([new RatePhase(5_000, TimeSpan.FromSeconds(10)), new RatePhase(500, TimeSpan.FromSeconds(20))]);

        Assert.Equal(60_000, schedule.OperationCount);
        Assert.Equal(TimeSpan.FromSeconds(10), schedule.IntendedOffset(50_000));
        Assert.Equal(TimeSpan.FromSeconds(10.002), schedule.IntendedOffset(50_001));
    }
}
