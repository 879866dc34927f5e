using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Reminders;

public sealed class ReminderGridTests
{
    private static readonly DateTimeOffset Due = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 10)]
    [InlineData(9.999, 10)]
    [InlineData(10, 20)]
    [InlineData(55, 60)]
    [InlineData(-3, 10)]
    public void Next_due_is_the_first_grid_instant_strictly_after_now(double nowSeconds, double expectedSeconds)
    {
        var next = ReminderGrid.NextDueAfter(Due, Period, Due.AddSeconds(nowSeconds));

        Assert.Equal(Due.AddSeconds(expectedSeconds), next);
    }

    [Fact]
    public void A_one_shot_has_no_grid()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ReminderGrid.NextDueAfter(Due, TimeSpan.Zero, Due));
        Assert.Equal("period", error.ParamName);
    }
}
