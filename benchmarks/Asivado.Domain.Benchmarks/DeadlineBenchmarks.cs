using Asivado.Domain.Calendars;
using Asivado.Domain.Deadlines;
using Asivado.Domain.Policies;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Asivado.Domain.Benchmarks;

/// <summary>
/// Deadline computations for a typical calendar: Europe/London, weekdays 09:00–12:00 and 13:00–17:00,
/// ten holidays a year. Each invocation computes 1,024 deadlines from starts spread over 2025.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    private const int Starts = 1024;

    private readonly Instant[] _starts = new Instant[Starts];
    private readonly DeadlineClock[] _respondClocks = new DeadlineClock[Starts];
    private readonly DeadlineClock[] _replyClocks = new DeadlineClock[Starts];
    private BusinessCalendar _calendar = null!;
    private DeadlineCalculator _calculator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var calendars = new CalendarCatalog();
        var weekdays = new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday };
        _calendar = calendars.Publish(new BusinessCalendarDefinition(
            "typical",
            1,
            "Europe/London",
            [.. weekdays.SelectMany(d => new[] { new OpeningInterval(d, new LocalTime(9, 0), new LocalTime(12, 0)), new OpeningInterval(d, new LocalTime(13, 0), new LocalTime(17, 0)) })],
            [.. new[] { (1, 1), (4, 18), (4, 21), (5, 5), (5, 26), (8, 25), (12, 24), (12, 25), (12, 26), (12, 31) }
                .Select(md => new Holiday(new LocalDate(2025, md.Item1, md.Item2), "holiday"))]));
        _calculator = new DeadlineCalculator(PolicyCatalog.WithDefaults(), calendars);

        var random = new Random(42);
        var yearStart = Instant.FromUtc(2025, 1, 1, 0, 0);
        for (var i = 0; i < Starts; i++)
        {
            _starts[i] = yearStart + Duration.FromMinutes(random.Next(0, 365 * 24 * 60));
            _respondClocks[i] = _calculator.StartClock("respond", _starts[i], DefaultPolicies.CustomerServiceStandard.Reference, _calendar.Reference);
            _replyClocks[i] = _calculator.StartClock("reply-written", _starts[i], DefaultPolicies.Ancs12356.Reference, _calendar.Reference);
        }
    }

    [Benchmark(OperationsPerInvoke = Starts, Description = "Calendar.Add 7 business days")]
    public Instant CalendarAddSevenBusinessDays()
    {
        var last = default(Instant);
        var budget = _calendar.BusinessDayLength * 7;
        foreach (var start in _starts)
        {
            last = _calendar.Add(start, budget);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Starts, Description = "DueAt respond (7 business days, via catalogs)")]
    public Instant? DueAtRespond()
    {
        Instant? last = null;
        foreach (var clock in _respondClocks)
        {
            last = _calculator.DueAt(clock);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Starts, Description = "DueAt reply-written (2 business hours)")]
    public Instant? DueAtReply()
    {
        Instant? last = null;
        foreach (var clock in _replyClocks)
        {
            last = _calculator.DueAt(clock);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Starts, Description = "EscalationSteps respond (5 steps)")]
    public int EscalationSteps()
    {
        var count = 0;
        foreach (var clock in _respondClocks)
        {
            count += _calculator.EscalationSteps(clock).Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Starts, Description = "Explain respond (off the hot path)")]
    public int Explain()
    {
        var count = 0;
        foreach (var clock in _respondClocks)
        {
            count += _calculator.Explain(clock).IntervalsCounted.Count;
        }

        return count;
    }
}
