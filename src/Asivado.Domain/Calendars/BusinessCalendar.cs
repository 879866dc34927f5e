using NodaTime;

namespace Asivado.Domain.Calendars;

/// <summary>
/// A compiled, immutable, thread-safe business calendar: one version of a department's opening
/// hours and holidays in an IANA time zone. All business-time arithmetic walks "segments" in local
/// time — stretches with one UTC offset and no holiday — and inside a segment uses the weekly table's
/// prefix sums, so cost grows with holidays and offset changes crossed, not with days.
/// Precision is one tick (100 ns).
/// </summary>
public sealed class BusinessCalendar
{
    private readonly WeeklyOpenTable _week;
    private readonly LocalClosures _closures;

    private BusinessCalendar(BusinessCalendarDefinition definition, DateTimeZone zone, WeeklyOpenTable week, LocalClosures closures, Duration businessDay)
    {
        Definition = definition;
        Zone = zone;
        _week = week;
        _closures = closures;
        BusinessDayLength = businessDay;
    }

    public BusinessCalendarDefinition Definition { get; }

    public CalendarReference Reference => Definition.Reference;

    public DateTimeZone Zone { get; }

    /// <summary>The open time that counts as one business day (see <see cref="BusinessCalendarDefinition"/>).</summary>
    public Duration BusinessDayLength { get; }

    /// <summary>Validates and compiles a definition; throws <see cref="CalendarDefinitionException"/> naming the field.</summary>
    public static BusinessCalendar Create(BusinessCalendarDefinition definition, IDateTimeZoneProvider? zones = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (string.IsNullOrWhiteSpace(definition.CalendarId))
        {
            throw new CalendarDefinitionException("calendarId", "is required");
        }

        if (definition.Version < 1)
        {
            throw new CalendarDefinitionException("version", $"must be at least 1, was {definition.Version}");
        }

        var zone = (zones ?? DateTimeZoneProviders.Tzdb).GetZoneOrNull(definition.TimeZoneId ?? "")
            ?? throw new CalendarDefinitionException("timeZoneId", $"'{definition.TimeZoneId}' is not a known IANA time zone");

        var week = new WeeklyOpenTable(WeeklyRanges(definition));
        if (week.WeeklyOpenTicks == 0)
        {
            throw new CalendarDefinitionException("weeklyHours", "must contain at least one opening interval");
        }

        var closures = new LocalClosures(HolidayRanges(definition));
        var businessDay = definition.BusinessDayLength ?? DefaultBusinessDay(definition, week);
        if (businessDay <= Duration.Zero)
        {
            throw new CalendarDefinitionException("businessDayLength", "must be positive");
        }

        return new BusinessCalendar(definition, zone, week, closures, businessDay);
    }

    public bool IsOpen(Instant instant)
    {
        var offset = Zone.GetUtcOffset(instant);
        var local = instant.ToUnixTimeTicks() + offset.Ticks;
        var next = _closures.FirstEndingAfter(local);
        var inClosure = next < _closures.Count && _closures.StartAt(next) <= local;
        return !inClosure && _week.IsOpenAt(local);
    }

    /// <summary>The earliest instant at or after <paramref name="instant"/> at which the calendar is open.</summary>
    public Instant NextOpening(Instant instant)
    {
        var cursor = new SegmentCursor(this, instant);
        while (true)
        {
            if (cursor.SkipClosure())
            {
                continue;
            }

            var candidate = _week.NextOpenAtOrAfter(cursor.Local);
            if (candidate < cursor.SegmentEnd)
            {
                return cursor.ToInstant(candidate);
            }

            cursor.MoveToSegmentEnd();
        }
    }

    /// <summary>
    /// The earliest instant at which <paramref name="businessTime"/> of open time has elapsed since
    /// <paramref name="start"/>. A deadline that uses up the last open minute of a day falls at the
    /// closing time, not at the next opening.
    /// </summary>
    public Instant Add(Instant start, Duration businessTime)
    {
        if (businessTime < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(businessTime), businessTime, "Business time to add must not be negative.");
        }

        var remaining = businessTime.BclCompatibleTicks;
        if (remaining == 0)
        {
            return start;
        }

        var cursor = new SegmentCursor(this, start);
        while (true)
        {
            if (cursor.SkipClosure())
            {
                continue;
            }

            var openAtCursor = _week.OpenTicksBefore(cursor.Local);
            var available = _week.OpenTicksBefore(cursor.SegmentEnd) - openAtCursor;
            if (remaining <= available)
            {
                return cursor.ToInstant(_week.LocalAtOpenTicks(openAtCursor + remaining));
            }

            remaining -= available;
            cursor.MoveToSegmentEnd();
        }
    }

    /// <summary>Open time within [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public Duration BusinessTimeBetween(Instant from, Instant to)
    {
        if (to < from)
        {
            throw new ArgumentException($"'to' ({to}) must not be before 'from' ({from}).", nameof(to));
        }

        long total = 0;
        var cursor = new SegmentCursor(this, from, to);
        while (!cursor.AtLimit)
        {
            if (cursor.SkipClosure())
            {
                continue;
            }

            total += _week.OpenTicksBefore(cursor.SegmentEnd) - _week.OpenTicksBefore(cursor.Local);
            cursor.MoveToSegmentEnd();
        }

        return Duration.FromTicks(total);
    }

    /// <summary>The open spans within [<paramref name="from"/>, <paramref name="to"/>), adjacent spans merged.</summary>
    public IReadOnlyList<OpenSpan> OpenSpans(Instant from, Instant to)
    {
        var spans = new List<OpenSpan>();
        var cursor = new SegmentCursor(this, from, to);
        while (!cursor.AtLimit)
        {
            if (cursor.SkipClosure())
            {
                continue;
            }

            foreach (var (start, end) in _week.OpenRanges(cursor.Local, cursor.SegmentEnd))
            {
                var span = new OpenSpan(cursor.ToInstant(start), cursor.ToInstant(end));
                if (spans.Count > 0 && spans[^1].End == span.Start)
                {
                    spans[^1] = spans[^1] with { End = span.End };
                }
                else
                {
                    spans.Add(span);
                }
            }

            cursor.MoveToSegmentEnd();
        }

        return spans;
    }

    /// <summary>Holidays whose closed hours intersect [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IReadOnlyList<Holiday> HolidaysBetween(Instant from, Instant to)
    {
        var firstDate = from.InZone(Zone).Date.PlusDays(-1);
        var lastDate = to.InZone(Zone).Date;
        if (Definition.Holidays.IsDefaultOrEmpty)
        {
            return [];
        }

        return Definition.Holidays
            .Where(h => h.Date >= firstDate && h.Date <= lastDate)
            .Where(h =>
            {
                var (start, end) = HolidayRange(h);
                var spanStart = Zone.AtLeniently(LocalFromTicks(start)).ToInstant();
                var spanEnd = Zone.AtLeniently(LocalFromTicks(end)).ToInstant();
                return spanStart < to && spanEnd > from;
            })
            .OrderBy(h => h.Date)
            .ToList();
    }

    private static LocalDateTime LocalFromTicks(long ticks) =>
        Instant.FromUnixTimeTicks(ticks).InUtc().LocalDateTime;

    private static long LocalTicks(LocalDate date, LocalTime time) =>
        date.AtMidnight().InUtc().ToInstant().ToUnixTimeTicks() + time.TickOfDay;

    private static IEnumerable<(long Start, long End)> WeeklyRanges(BusinessCalendarDefinition definition)
    {
        if (definition.WeeklyHours.IsDefault)
        {
            throw new CalendarDefinitionException("weeklyHours", "is required");
        }

        for (var i = 0; i < definition.WeeklyHours.Length; i++)
        {
            var interval = definition.WeeklyHours[i]
                ?? throw new CalendarDefinitionException($"weeklyHours[{i}]", "must not be null");
            if (interval.Day == IsoDayOfWeek.None)
            {
                throw new CalendarDefinitionException($"weeklyHours[{i}].day", "is required");
            }

            var start = interval.Start.TickOfDay;
            var end = interval.End == LocalTime.Midnight ? NodaConstants.TicksPerDay : interval.End.TickOfDay;
            if (end <= start)
            {
                throw new CalendarDefinitionException($"weeklyHours[{i}].end", $"{interval.End} must be after start {interval.Start}");
            }

            var dayStart = ((int)interval.Day - 1) * NodaConstants.TicksPerDay;
            yield return (dayStart + start, dayStart + end);
        }
    }

    private static IEnumerable<(long Start, long End)> HolidayRanges(BusinessCalendarDefinition definition)
    {
        if (definition.Holidays.IsDefault)
        {
            yield break;
        }

        for (var i = 0; i < definition.Holidays.Length; i++)
        {
            var holiday = definition.Holidays[i]
                ?? throw new CalendarDefinitionException($"holidays[{i}]", "must not be null");
            if ((holiday.ClosedFrom is null) != (holiday.ClosedUntil is null))
            {
                throw new CalendarDefinitionException($"holidays[{i}]", "a part-day holiday needs both closedFrom and closedUntil");
            }

            var (start, end) = HolidayRange(holiday);
            if (end <= start)
            {
                throw new CalendarDefinitionException($"holidays[{i}].closedUntil", $"{holiday.ClosedUntil} must be after closedFrom {holiday.ClosedFrom}");
            }

            yield return (start, end);
        }
    }

    private static (long Start, long End) HolidayRange(Holiday holiday)
    {
        var dayStart = LocalTicks(holiday.Date, LocalTime.Midnight);
        if (holiday.IsWholeDay)
        {
            return (dayStart, dayStart + NodaConstants.TicksPerDay);
        }

        var until = holiday.ClosedUntil!.Value;
        var end = until == LocalTime.Midnight ? NodaConstants.TicksPerDay : until.TickOfDay;
        return (dayStart + holiday.ClosedFrom!.Value.TickOfDay, dayStart + end);
    }

    private static Duration DefaultBusinessDay(BusinessCalendarDefinition definition, WeeklyOpenTable week)
    {
        var openDays = definition.WeeklyHours.Select(h => h.Day).Distinct().Count();
        return Duration.FromTicks(week.WeeklyOpenTicks / openDays);
    }

    /// <summary>
    /// Walks local time in segments: [Local, SegmentEnd) has one UTC offset and no holiday start
    /// inside it, and never passes the optional limit.
    /// </summary>
    private struct SegmentCursor
    {
        private const long Unbounded = long.MaxValue / 4;

        private readonly BusinessCalendar _calendar;
        private readonly long _limitTicks;
        private long _offsetTicks;
        private long _zoneEndLocal;
        private long _zoneEndInstantTicks;

        public SegmentCursor(BusinessCalendar calendar, Instant start, Instant? limit = null)
        {
            _calendar = calendar;
            _limitTicks = limit?.ToUnixTimeTicks() ?? Unbounded;
            var startTicks = start.ToUnixTimeTicks();
            EnterZoneInterval(start, startTicks);
        }

        public long Local { get; private set; }

        public long SegmentEnd { get; private set; }

        public readonly bool AtLimit => Local - _offsetTicks >= _limitTicks;

        public readonly Instant ToInstant(long local) => Instant.FromUnixTimeTicks(local - _offsetTicks);

        /// <summary>If the cursor is inside a holiday, moves past it (or to the offset change) and returns true.</summary>
        public bool SkipClosure()
        {
            var closures = _calendar._closures;
            var index = closures.FirstEndingAfter(Local);
            var nextStart = index < closures.Count ? closures.StartAt(index) : Unbounded;
            if (nextStart <= Local)
            {
                var end = Math.Min(closures.EndAt(index), SegmentLimit());
                SegmentEnd = end;
                MoveToSegmentEnd();
                return true;
            }

            SegmentEnd = Math.Min(nextStart, SegmentLimit());
            return false;
        }

        public void MoveToSegmentEnd()
        {
            if (SegmentEnd == _zoneEndLocal && SegmentEnd - _offsetTicks < _limitTicks)
            {
                EnterZoneInterval(Instant.FromUnixTimeTicks(_zoneEndInstantTicks), _zoneEndInstantTicks);
            }
            else
            {
                Local = SegmentEnd;
            }
        }

        private readonly long SegmentLimit() =>
            Math.Min(_zoneEndLocal, _limitTicks == Unbounded ? Unbounded : _limitTicks + _offsetTicks);

        private void EnterZoneInterval(Instant instant, long instantTicks)
        {
            var interval = _calendar.Zone.GetZoneInterval(instant);
            _offsetTicks = interval.WallOffset.Ticks;
            _zoneEndInstantTicks = interval.HasEnd ? interval.End.ToUnixTimeTicks() : Unbounded;
            _zoneEndLocal = interval.HasEnd ? _zoneEndInstantTicks + _offsetTicks : Unbounded;
            Local = instantTicks + _offsetTicks;
        }
    }
}
