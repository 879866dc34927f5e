using System.Globalization;
using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Reminders;
using BenchmarkDotNet.Attributes;

namespace Asivado.Runtime.Benchmarks.Reminders;

/// <summary>
/// The exact scheduler's hot path: the in-memory schedule (<see cref="ReminderSchedule"/>) holding 1,000,000 live
/// reminders, as <c>reminders --count 1000000</c> does. Each operation keeps the number of live reminders constant, so
/// every iteration measures the same state: firing (take the earliest due and schedule its next period at the back),
/// replacing a live reminder with a new version (a re-registration), and scheduling then removing one (register and
/// unregister). Replacement and removal leave stale heap items; their share of the compaction that clears them is
/// included.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ReminderScheduleBenchmarks
{
    private const int Operations = 1_000;
    private const int Pool = 4_096;

    private ReminderSchedule _schedule = null!;
    private ReminderEntry[] _live = null!;
    private ReminderEntry[] _versions = null!;
    private ReminderEntry[] _extra = null!;
    private long[] _instants = null!;
    private bool[] _replaced = null!;
    private long _spreadTicks;
    private int _cursor;

    [Params(1_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var origin = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        _spreadTicks = TimeSpan.FromMinutes(1).Ticks;
        _schedule = new ReminderSchedule();
        _live = new ReminderEntry[Size];
        for (var i = 0; i < Size; i++)
        {
            var dueAt = origin.AddTicks(random.NextInt64(_spreadTicks));
            _live[i] = new ReminderEntry(new GrainId("case", i.ToString(CultureInfo.InvariantCulture)), "sla", dueAt, TimeSpan.Zero, "1");
            _schedule.Schedule(_live[i], dueAt.UtcTicks);
        }

        // Second versions of the first Pool reminders, and Pool reminders that are not in the schedule.
        _versions = _live.Take(Pool).Select(entry => entry with { ETag = "2" }).ToArray();
        _extra = Enumerable.Range(0, Pool).Select(i => new ReminderEntry(new GrainId("extra", i.ToString(CultureInfo.InvariantCulture)), "sla", origin, TimeSpan.Zero, "1")).ToArray();
        _instants = Enumerable.Range(0, Pool).Select(_ => origin.UtcTicks + random.NextInt64(_spreadTicks)).ToArray();
        _replaced = new bool[Pool];
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public long FireAndScheduleNextPeriod()
    {
        long last = 0;
        for (var i = 0; i < Operations; i++)
        {
            _schedule.TryTakeDue(long.MaxValue, out var due);
            last = due.Entry.DueAt.UtcTicks + _spreadTicks;
            _schedule.Schedule(due.Entry, last);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public int ReplaceWithNewVersion()
    {
        for (var i = 0; i < Operations; i++)
        {
            // Alternates the two versions of a reminder, so the one replaced is always the live one.
            var slot = Next();
            _replaced[slot] = !_replaced[slot];
            _schedule.Schedule(_replaced[slot] ? _versions[slot] : _live[slot], _instants[slot]);
        }

        return _schedule.Count;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public int ScheduleThenRemove()
    {
        for (var i = 0; i < Operations; i++)
        {
            var slot = Next();
            _schedule.Schedule(_extra[slot], _instants[slot]);
            _schedule.Remove(ReminderKey.Of(_extra[slot]));
        }

        return _schedule.Count;
    }

    private int Next() => _cursor = (_cursor + 1) & (Pool - 1);
}
