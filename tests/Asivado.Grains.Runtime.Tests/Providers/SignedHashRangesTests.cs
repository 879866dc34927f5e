using Asivado.Grains.Runtime.PostgreSql.Reminders;
using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Providers;

public sealed class SignedHashRangesTests
{
    private const int Nothing = 1;

    [Fact]
    public void The_full_range_covers_both_signed_halves()
    {
        Assert.Equal(new SignedHashRanges(0, int.MaxValue, int.MinValue, -1), SignedHashRanges.From(HashRange.Full));
    }

    [Fact]
    public void A_range_below_the_boundary_maps_onto_itself()
    {
        Assert.Equal(new SignedHashRanges(5, int.MaxValue, Nothing, 0), SignedHashRanges.From(new HashRange(5, int.MaxValue)));
    }

    [Fact]
    public void A_range_above_the_boundary_maps_onto_negative_values()
    {
        Assert.Equal(new SignedHashRanges(int.MinValue, -2, Nothing, 0), SignedHashRanges.From(new HashRange(1u << 31, uint.MaxValue - 1)));
    }

    [Fact]
    public void A_range_across_the_boundary_splits_in_two()
    {
        Assert.Equal(
            new SignedHashRanges(int.MaxValue - 9, int.MaxValue, int.MinValue, int.MinValue + 9),
            SignedHashRanges.From(new HashRange((uint)int.MaxValue - 9, (1u << 31) + 9)));
    }

    [Fact]
    public void A_reversed_range_matches_nothing()
    {
        Assert.Equal(new SignedHashRanges(Nothing, 0, Nothing, 0), SignedHashRanges.From(new HashRange(10, 9)));
    }
}
