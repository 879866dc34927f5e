using Asivado.LoadTest.Database;

namespace Asivado.LoadTest.Tests.Database;

public sealed class DatabaseCountersTests
{
    [Fact]
    public void The_work_of_a_window_is_the_difference_of_two_readings_and_its_rate_per_second()
    {
        var before = new DatabaseCounters(100, 1, 1_000, 500, 10, 20, 5, 3, 900);
        var after = new DatabaseCounters(300, 1, 1_400, 900, 50, 60, 25, 7, 2_900);

        var window = after.Minus(before);

        Assert.Equal(new DatabaseCounters(200, 0, 400, 400, 40, 40, 20, 4, 2_000), window);
        Assert.Equal(100, window.RowsWritten);
        Assert.Equal(new DatabaseRates(50, 0, 100, 100, 10, 10, 5, 1, 500), window.Per(4));
        Assert.Equal(25, window.Per(4).RowsWritten);
    }

    [Fact]
    public void An_empty_window_has_no_rate()
    {
        Assert.Equal(new DatabaseRates(0, 0, 0, 0, 0, 0, 0, 0, 0), new DatabaseCounters(5, 0, 0, 0, 0, 0, 0, 0, 0).Per(0));
    }
}
