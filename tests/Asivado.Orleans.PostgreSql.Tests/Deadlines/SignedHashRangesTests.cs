using Asivado.Orleans.Deadlines.Table;
using Asivado.Orleans.PostgreSql.Deadlines;

namespace Asivado.Orleans.PostgreSql.Tests.Deadlines;

public sealed class SignedHashRangesTests
{
    private const int Nothing = 1;

    [Fact]
    public void The_full_ring_is_the_whole_signed_range()
    {
        Assert.Equal(new SignedHashRanges(int.MinValue, int.MaxValue, Nothing, 0), SignedHashRanges.From(DeadlineRange.Full));
        Assert.Equal(new SignedHashRanges(int.MinValue, int.MaxValue, Nothing, 0), SignedHashRanges.From(new DeadlineRange(77, 77)));
    }

    [Fact]
    public void A_range_below_the_boundary_maps_onto_itself_without_its_begin()
    {
        Assert.Equal(new SignedHashRanges(6, int.MaxValue, Nothing, 0), SignedHashRanges.From(new DeadlineRange(5, int.MaxValue)));
    }

    [Fact]
    public void A_range_above_the_boundary_maps_onto_negative_values()
    {
        Assert.Equal(new SignedHashRanges(int.MinValue + 1, -2, Nothing, 0), SignedHashRanges.From(new DeadlineRange(1u << 31, uint.MaxValue - 1)));
    }

    [Fact]
    public void A_range_across_the_sign_boundary_splits_in_two()
    {
        Assert.Equal(
            new SignedHashRanges(int.MaxValue - 8, int.MaxValue, int.MinValue, int.MinValue + 9),
            SignedHashRanges.From(new DeadlineRange((uint)int.MaxValue - 9, (1u << 31) + 9)));
    }

    [Fact]
    public void A_range_wrapping_past_the_top_of_the_ring_is_one_signed_range()
    {
        Assert.Equal(new SignedHashRanges(-9, 10, Nothing, 0), SignedHashRanges.From(new DeadlineRange(uint.MaxValue - 9, 10)));
        Assert.Equal(new SignedHashRanges(int.MinValue, 10, Nothing, 0), SignedHashRanges.From(new DeadlineRange(int.MaxValue, 10)));
    }

    [Fact]
    public void Every_hash_of_a_sample_is_in_the_ranges_exactly_when_the_ring_range_contains_it()
    {
        uint[] edges = [0, 1, 2, int.MaxValue - 1, int.MaxValue, 1u << 31, (1u << 31) + 1, uint.MaxValue - 1, uint.MaxValue, 12_345, 3_000_000_000];
        foreach (var begin in edges)
        {
            foreach (var end in edges)
            {
                var range = new DeadlineRange(begin, end);
                var ranges = SignedHashRanges.From(range);
                foreach (var hash in edges)
                {
                    var signed = unchecked((int)hash);
                    var inRanges = (signed >= ranges.FirstStart && signed <= ranges.FirstEnd) || (signed >= ranges.SecondStart && signed <= ranges.SecondEnd);
                    Assert.True(range.Contains(hash) == inRanges, $"({begin}, {end}] and {hash}");
                }
            }
        }
    }
}
