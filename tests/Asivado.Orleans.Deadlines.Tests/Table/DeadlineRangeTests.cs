using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines.Tests.Table;

public sealed class DeadlineRangeTests
{
    [Theory]
    [InlineData(10u, 20u, 10u, false)]
    [InlineData(10u, 20u, 11u, true)]
    [InlineData(10u, 20u, 20u, true)]
    [InlineData(10u, 20u, 21u, false)]
    [InlineData(4_000_000_000u, 5u, 4_000_000_000u, false)]
    [InlineData(4_000_000_000u, 5u, uint.MaxValue, true)]
    [InlineData(4_000_000_000u, 5u, 0u, true)]
    [InlineData(4_000_000_000u, 5u, 5u, true)]
    [InlineData(4_000_000_000u, 5u, 6u, false)]
    [InlineData(7u, 7u, 7u, true)]
    [InlineData(7u, 7u, 0u, true)]
    public void Begin_is_exclusive_end_inclusive_and_the_range_wraps(uint begin, uint end, uint hash, bool contained) =>
        Assert.Equal(contained, new DeadlineRange(begin, end).Contains(hash));
}
