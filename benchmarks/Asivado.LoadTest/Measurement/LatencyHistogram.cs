using System.Numerics;

namespace Asivado.LoadTest.Measurement;

/// <summary>
/// A log-linear histogram of durations in whole microseconds, HdrHistogram-style: values below 128 µs
/// are exact; above, each power of two is split into 128 equal buckets, so a reported value is at most
/// 1/128 (0.78%) above the true one and never below it. Covers 0 to 1 hour; larger values count in
/// the top bucket (and <see cref="Max"/> stays exact). <see cref="Record"/> is thread-safe and allocation-free.
/// </summary>
public sealed class LatencyHistogram
{
    public const long MaxTrackableMicroseconds = 3_600_000_000;
    private const int SubBucketBits = 7;
    private const int SubBucketCount = 1 << SubBucketBits;

    private static readonly int BucketCount = IndexOf(MaxTrackableMicroseconds) + 1;

    private readonly long[] _counts = new long[BucketCount];
    private long _totalCount;
    private long _max;
    private long _min = long.MaxValue;

    public long TotalCount => Interlocked.Read(ref _totalCount);

    public long Max => Interlocked.Read(ref _max);

    public long Min => TotalCount == 0 ? 0 : Interlocked.Read(ref _min);

    public void Record(TimeSpan duration) => Record(duration.Ticks / TimeSpan.TicksPerMicrosecond);

    public void Record(long microseconds)
    {
        microseconds = Math.Max(0, microseconds);
        Interlocked.Increment(ref _counts[IndexOf(Math.Min(microseconds, MaxTrackableMicroseconds))]);
        Interlocked.Increment(ref _totalCount);
        UpdateMax(microseconds);
        UpdateMin(microseconds);
    }

    /// <summary>The smallest recorded value such that at least <paramref name="quantile"/> of the values are at or below it (bucket's upper bound, capped at Max).</summary>
    public long ValueAtQuantile(double quantile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quantile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantile, 1);
        var total = TotalCount;
        if (total == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(quantile * total));
        long seen = 0;
        for (var index = 0; index < _counts.Length; index++)
        {
            seen += Interlocked.Read(ref _counts[index]);
            if (seen >= rank)
            {
                return Math.Min(HighestEquivalentValue(index), Max);
            }
        }

        return Max;
    }

    public LatencySummary Summarize() => new(
        TotalCount,
        ValueAtQuantile(0.5),
        ValueAtQuantile(0.9),
        ValueAtQuantile(0.99),
        ValueAtQuantile(0.999),
        Max);

    /// <summary>Adds another histogram's counts into this one (for per-thread recording merged later).</summary>
    public void Add(LatencyHistogram other)
    {
        for (var index = 0; index < _counts.Length; index++)
        {
            Interlocked.Add(ref _counts[index], Interlocked.Read(ref other._counts[index]));
        }

        Interlocked.Add(ref _totalCount, other.TotalCount);
        if (other.TotalCount > 0)
        {
            UpdateMax(other.Max);
            UpdateMin(other.Min);
        }
    }

    /// <summary>Non-empty buckets as (lowest value, highest value, count), lowest first.</summary>
    public IEnumerable<(long From, long To, long Count)> Buckets()
    {
        for (var index = 0; index < _counts.Length; index++)
        {
            var count = Interlocked.Read(ref _counts[index]);
            if (count > 0)
            {
                yield return (LowestEquivalentValue(index), HighestEquivalentValue(index), count);
            }
        }
    }

    internal static int IndexOf(long value)
    {
        if (value < SubBucketCount)
        {
            return (int)value;
        }

        var exponent = 63 - BitOperations.LeadingZeroCount((ulong)value);
        var shift = exponent - SubBucketBits;
        var subBucket = (int)(value >> shift) - SubBucketCount;
        return SubBucketCount + (shift * SubBucketCount) + subBucket;
    }

    internal static long LowestEquivalentValue(int index)
    {
        if (index < SubBucketCount)
        {
            return index;
        }

        var shift = (index - SubBucketCount) / SubBucketCount;
        var subBucket = (index - SubBucketCount) % SubBucketCount;
        return (long)(SubBucketCount + subBucket) << shift;
    }

    internal static long HighestEquivalentValue(int index) =>
        index < SubBucketCount ? index : LowestEquivalentValue(index) + (1L << ((index - SubBucketCount) / SubBucketCount)) - 1;

    private void UpdateMax(long value)
    {
        var current = Interlocked.Read(ref _max);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref _max, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private void UpdateMin(long value)
    {
        var current = Interlocked.Read(ref _min);
        while (value < current)
        {
            var seen = Interlocked.CompareExchange(ref _min, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
