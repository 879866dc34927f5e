using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.PostgreSql.Reminders;

/// <summary>
/// An inclusive unsigned <see cref="HashRange"/> as at most two inclusive ranges of the signed column.
/// Reinterpreting keeps order within each half: [0, 2^31 - 1] maps to [0, int.MaxValue] and
/// [2^31, 2^32 - 1] to [int.MinValue, -1]. A range that crosses 2^31 therefore becomes two.
/// An empty range (Start greater than End) is represented by ranges that match nothing.
/// </summary>
internal readonly record struct SignedHashRanges(int FirstStart, int FirstEnd, int SecondStart, int SecondEnd)
{
    private const int EmptyStart = 1;
    private const int EmptyEnd = 0;

    public static SignedHashRanges From(HashRange range)
    {
        if (range.Start > range.End)
        {
            return new(EmptyStart, EmptyEnd, EmptyStart, EmptyEnd);
        }

        var start = unchecked((int)range.Start);
        var end = unchecked((int)range.End);
        return range.Start <= int.MaxValue && range.End > int.MaxValue
            ? new(start, int.MaxValue, int.MinValue, end)
            : new(start, end, EmptyStart, EmptyEnd);
    }
}
