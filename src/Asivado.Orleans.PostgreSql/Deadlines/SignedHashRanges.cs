using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.PostgreSql.Deadlines;

/// <summary>
/// A ring range (<see cref="DeadlineRange"/>: exclusive begin, inclusive end, wrapping; begin equal to end is the full
/// ring) as at most two inclusive ranges of the signed hash column. Reading the 32 bits as signed keeps the ring's
/// order (u + 1 maps to s + 1, with int.MaxValue followed by int.MinValue), so an arc of the ring is an arc of the
/// signed ring: one range, or two when it passes from int.MaxValue to int.MinValue. An empty second range is (1, 0).
/// </summary>
internal readonly record struct SignedHashRanges(int FirstStart, int FirstEnd, int SecondStart, int SecondEnd)
{
    private const int EmptyStart = 1;
    private const int EmptyEnd = 0;

    public static SignedHashRanges From(DeadlineRange range)
    {
        if (range.IsFull)
        {
            return new(int.MinValue, int.MaxValue, EmptyStart, EmptyEnd);
        }

        var begin = unchecked((int)range.Begin);
        var end = unchecked((int)range.End);
        if (begin < end)
        {
            return new(begin + 1, end, EmptyStart, EmptyEnd);
        }

        // Wraps past int.MaxValue: (begin, int.MaxValue] and [int.MinValue, end].
        return begin == int.MaxValue
            ? new(int.MinValue, end, EmptyStart, EmptyEnd)
            : new(begin + 1, int.MaxValue, int.MinValue, end);
    }
}
