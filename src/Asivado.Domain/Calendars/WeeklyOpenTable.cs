using NodaTime;

namespace Asivado.Domain.Calendars;

/// <summary>
/// The weekly opening hours as merged, sorted tick ranges within a Monday-based local week, with a
/// prefix sum of open time. W(L) — open ticks from the local epoch week to local tick L — and its
/// inverse are O(log n) arithmetic, so whole weeks are skipped without iterating.
/// Local ticks are "instant ticks + UTC offset", i.e. the wall-clock reading as ticks since 1970.
/// </summary>
internal sealed class WeeklyOpenTable
{
    internal const long TicksPerWeek = NodaConstants.TicksPerDay * 7;

    // 1970-01-05 was a Monday: local weeks are aligned to it.
    private const long WeekOrigin = NodaConstants.TicksPerDay * 4;

    private readonly long[] _starts;
    private readonly long[] _ends;
    private readonly long[] _openBefore;

    public WeeklyOpenTable(IEnumerable<(long Start, long End)> ranges)
    {
        var merged = new List<(long Start, long End)>();
        foreach (var range in ranges.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        _starts = merged.Select(r => r.Start).ToArray();
        _ends = merged.Select(r => r.End).ToArray();
        _openBefore = new long[merged.Count];
        long sum = 0;
        for (var i = 0; i < merged.Count; i++)
        {
            _openBefore[i] = sum;
            sum += _ends[i] - _starts[i];
        }

        WeeklyOpenTicks = sum;
    }

    public long WeeklyOpenTicks { get; }

    public int IntervalCount => _starts.Length;

    /// <summary>Open ticks counted from the origin week up to local tick <paramref name="local"/>.</summary>
    public long OpenTicksBefore(long local)
    {
        var week = Math.DivRem(local - WeekOrigin, TicksPerWeek, out var position);
        if (position < 0)
        {
            week--;
            position += TicksPerWeek;
        }

        var i = LastStartAtOrBefore(position);
        var within = i < 0 ? 0 : _openBefore[i] + Math.Min(position, _ends[i]) - _starts[i];
        return week * WeeklyOpenTicks + within;
    }

    /// <summary>The earliest local tick L with OpenTicksBefore(L) == <paramref name="openTicks"/>.</summary>
    public long LocalAtOpenTicks(long openTicks)
    {
        var week = Math.DivRem(openTicks, WeeklyOpenTicks, out var remainder);
        if (remainder <= 0)
        {
            // Exactly on a week boundary (or negative remainder): land at the end of the previous
            // week's last interval, the earliest moment that much open time has been counted.
            week--;
            remainder += WeeklyOpenTicks;
        }

        var i = FirstIntervalEndingAtOrAfter(remainder);
        return WeekOrigin + week * TicksPerWeek + _starts[i] + (remainder - _openBefore[i]);
    }

    /// <summary>The earliest local tick at or after <paramref name="local"/> that lies in an opening interval.</summary>
    public long NextOpenAtOrAfter(long local)
    {
        var weekStart = local - PositionInWeek(local);
        var position = local - weekStart;
        for (var i = 0; i < _starts.Length; i++)
        {
            if (_ends[i] > position)
            {
                return _starts[i] <= position ? local : weekStart + _starts[i];
            }
        }

        return weekStart + TicksPerWeek + _starts[0];
    }

    public bool IsOpenAt(long local)
    {
        var position = PositionInWeek(local);
        var i = LastStartAtOrBefore(position);
        return i >= 0 && position < _ends[i];
    }

    /// <summary>Open ranges (local ticks) intersecting [from, to), clipped to it, in order.</summary>
    public IEnumerable<(long Start, long End)> OpenRanges(long from, long to)
    {
        var weekStart = from - PositionInWeek(from);
        for (; weekStart < to; weekStart += TicksPerWeek)
        {
            for (var i = 0; i < _starts.Length; i++)
            {
                var start = Math.Max(from, weekStart + _starts[i]);
                var end = Math.Min(to, weekStart + _ends[i]);
                if (start < end)
                {
                    yield return (start, end);
                }
            }
        }
    }

    private static long PositionInWeek(long local)
    {
        var position = (local - WeekOrigin) % TicksPerWeek;
        return position < 0 ? position + TicksPerWeek : position;
    }

    private int LastStartAtOrBefore(long position)
    {
        int low = 0, high = _starts.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            if (_starts[mid] <= position)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    private int FirstIntervalEndingAtOrAfter(long remainder)
    {
        int low = 0, high = _starts.Length - 1;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (_openBefore[mid] + (_ends[mid] - _starts[mid]) >= remainder)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }
}
