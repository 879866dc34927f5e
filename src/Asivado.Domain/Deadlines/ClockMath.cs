using System.Collections.Immutable;
using Asivado.Domain.Calendars;
using Asivado.Domain.Policies;
using NodaTime;

namespace Asivado.Domain.Deadlines;

/// <summary>Budget arithmetic on one clock (business or wall), skipping pauses.</summary>
internal static class ClockMath
{
    public static Duration Elapsed(BusinessCalendar calendar, ClockKind clock, Instant from, Instant to) =>
        to <= from ? Duration.Zero
        : clock == ClockKind.BusinessTime ? calendar.BusinessTimeBetween(from, to)
        : to - from;

    public static Instant Advance(BusinessCalendar calendar, ClockKind clock, Instant from, Duration time) =>
        clock == ClockKind.BusinessTime ? calendar.Add(from, time) : from + time;

    /// <summary>The instant <paramref name="budget"/> is consumed counting from <paramref name="from"/>; null if a pause is still open first.</summary>
    public static Instant? DueAfter(BusinessCalendar calendar, ClockKind clock, Instant from, Duration budget, ImmutableArray<PausePeriod> pauses)
    {
        var cursor = from;
        var remaining = budget <= Duration.Zero ? Duration.Zero : budget;
        if (!pauses.IsDefault)
        {
            foreach (var pause in pauses)
            {
                if (pause.End is { } ended && ended <= cursor)
                {
                    continue;
                }

                var pauseStart = pause.Start < cursor ? cursor : pause.Start;
                var available = Elapsed(calendar, clock, cursor, pauseStart);
                if (available >= remaining)
                {
                    return Advance(calendar, clock, cursor, remaining);
                }

                remaining -= available;
                if (pause.End is not { } end)
                {
                    return null;
                }

                cursor = end;
            }
        }

        return Advance(calendar, clock, cursor, remaining);
    }

    /// <summary>Time consumed within [from, to) outside pauses.</summary>
    public static Duration Consumed(BusinessCalendar calendar, ClockKind clock, Instant from, Instant to, ImmutableArray<PausePeriod> pauses)
    {
        var total = Duration.Zero;
        foreach (var (start, end) in ActiveStretches(from, to, pauses))
        {
            total += Elapsed(calendar, clock, start, end);
        }

        return total;
    }

    /// <summary>The parts of [from, to) not covered by a pause.</summary>
    public static IEnumerable<(Instant Start, Instant End)> ActiveStretches(Instant from, Instant to, ImmutableArray<PausePeriod> pauses)
    {
        var cursor = from;
        if (!pauses.IsDefault)
        {
            foreach (var pause in pauses)
            {
                if (cursor >= to)
                {
                    yield break;
                }

                var pauseEnd = pause.End ?? Instant.MaxValue;
                if (pauseEnd <= cursor)
                {
                    continue;
                }

                var pauseStart = pause.Start < cursor ? cursor : pause.Start;
                var stretchEnd = pauseStart < to ? pauseStart : to;
                if (cursor < stretchEnd)
                {
                    yield return (cursor, stretchEnd);
                }

                cursor = pauseEnd;
            }
        }

        if (cursor < to)
        {
            yield return (cursor, to);
        }
    }
}
