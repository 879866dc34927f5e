namespace Asivado.Domain.Calendars;

/// <summary>
/// Holiday closures as merged, sorted local tick ranges, searched by binary search. Lookups are by
/// local tick, so they stay correct when a daylight-saving change moves the local clock backwards.
/// </summary>
internal sealed class LocalClosures
{
    private readonly long[] _starts;
    private readonly long[] _ends;

    public LocalClosures(IEnumerable<(long Start, long End)> ranges)
    {
        var merged = new List<(long Start, long End)>();
        foreach (var range in ranges.Where(r => r.End > r.Start).OrderBy(r => r.Start))
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
    }

    /// <summary>Index of the first closure ending after <paramref name="local"/>, or Count.</summary>
    public int FirstEndingAfter(long local)
    {
        int low = 0, high = _ends.Length;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (_ends[mid] > local)
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

    public int Count => _starts.Length;

    public long StartAt(int index) => _starts[index];

    public long EndAt(int index) => _ends[index];
}
