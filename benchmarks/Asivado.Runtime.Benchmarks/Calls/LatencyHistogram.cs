using System.Numerics;

namespace Asivado.Runtime.Benchmarks.Calls;

/// <summary>
/// A log-linear histogram of durations in nanoseconds, HdrHistogram-style: values below 1,024 ns are exact; above,
/// each power of two is split into 512 equal buckets, so a reported value is at most 0.2 % above the true one and
/// never below it. Covers 0 to 2^42 ns (73 minutes); larger values count in the top bucket and <see cref="Max"/>
/// stays exact. <see cref="Record"/> is for one thread (one histogram per driver, merged with <see cref="Add"/>);
/// <see cref="RecordConcurrent"/> may be called from any thread. Neither allocates.
/// </summary>
internal sealed class LatencyHistogram
{
    private const int SubBucketBits = 10;
    private const int SubBucketCount = 1 << SubBucketBits;
    private const int HalfSubBucketCount = SubBucketCount / 2;
    private const long MaxTrackableNanoseconds = (1L << 42) - 1;

    private readonly long[] _counts = new long[IndexOf(MaxTrackableNanoseconds) + 1];
    private long _totalCount;
    private long _max;

    public long TotalCount => Volatile.Read(ref _totalCount);

    public long Max => Volatile.Read(ref _max);

    public void Record(long nanoseconds)
    {
        nanoseconds = Math.Max(0, nanoseconds);
        _counts[IndexOf(Math.Min(nanoseconds, MaxTrackableNanoseconds))]++;
        _totalCount++;
        if (nanoseconds > _max)
        {
            _max = nanoseconds;
        }
    }

    public void RecordConcurrent(long nanoseconds)
    {
        nanoseconds = Math.Max(0, nanoseconds);
        Interlocked.Increment(ref _counts[IndexOf(Math.Min(nanoseconds, MaxTrackableNanoseconds))]);
        Interlocked.Increment(ref _totalCount);
        var max = Volatile.Read(ref _max);
        while (nanoseconds > max)
        {
            var seen = Interlocked.CompareExchange(ref _max, nanoseconds, max);
            if (seen == max)
            {
                break;
            }

            max = seen;
        }
    }

    /// <summary>Adds another histogram's counts to this one; call once every recorder has stopped.</summary>
    public void Add(LatencyHistogram other)
    {
        for (var index = 0; index < _counts.Length; index++)
        {
            _counts[index] += other._counts[index];
        }

        _totalCount += other._totalCount;
        _max = Math.Max(_max, other._max);
    }

    /// <summary>The smallest value such that at least <paramref name="quantile"/> of the recorded values are at or below it (the bucket's upper bound, capped at <see cref="Max"/>).</summary>
    public long ValueAtQuantile(double quantile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quantile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantile, 1);
        if (_totalCount == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(quantile * _totalCount));
        long seen = 0;
        for (var index = 0; index < _counts.Length; index++)
        {
            seen += _counts[index];
            if (seen >= rank)
            {
                return Math.Min(HighestEquivalentValue(index), _max);
            }
        }

        return _max;
    }

    /// <summary>How many recorded values are above <paramref name="nanoseconds"/> (counting whole buckets, so it never undercounts).</summary>
    public long CountAbove(long nanoseconds)
    {
        long above = 0;
        for (var index = IndexOf(Math.Clamp(nanoseconds, 0, MaxTrackableNanoseconds)); index < _counts.Length; index++)
        {
            above += _counts[index];
        }

        return above;
    }

    internal static int IndexOf(long value)
    {
        if (value < SubBucketCount)
        {
            return (int)value;
        }

        // The top SubBucketBits bits of the value: a power-of-two band and a linear step inside it.
        var shift = (63 - BitOperations.LeadingZeroCount((ulong)value)) - (SubBucketBits - 1);
        return SubBucketCount + ((shift - 1) * HalfSubBucketCount) + (int)((value >> shift) - HalfSubBucketCount);
    }

    internal static long HighestEquivalentValue(int index)
    {
        if (index < SubBucketCount)
        {
            return index;
        }

        var shift = ((index - SubBucketCount) / HalfSubBucketCount) + 1;
        var step = ((index - SubBucketCount) % HalfSubBucketCount) + HalfSubBucketCount;
        return ((long)(step + 1) << shift) - 1;
    }
}
