using Asivado.Domain.Calendars;
using NodaTime;
using static Asivado.Domain.Tests.TestCalendars;

namespace Asivado.Domain.Tests.Calendars;

/// <summary>
/// Open time across a daylight-saving change is real elapsed time (the domain README's rule): in spring the skipped
/// hour is not counted and a boundary in it takes effect when the clock jumps (the end of the gap); in autumn the
/// repeated hour is counted twice. Both transitions, in London and New York, for a two-hour written reply (a 24-hour
/// desk) and a business-day deadline (an office whose day spans the change).
/// </summary>
public sealed class ClockChangeTests
{
    private static readonly Duration TwoHours = Duration.FromHours(2);

    private static BusinessCalendar Desk(string zone, params (string Start, string End)[] hours) =>
        BusinessCalendar.Create(new BusinessCalendarDefinition("desk", 1, zone, EveryDay(hours), []));

    public static TheoryData<string, Instant, Instant> TwoHourRepliesOnATwentyFourHourDesk => new()
    {
        // London springs forward at 01:00 GMT (01:00Z): 00:30 GMT + 2 h real time = 03:30 BST.
        { "Europe/London", Instant.FromUtc(2026, 3, 29, 0, 30), Instant.FromUtc(2026, 3, 29, 2, 30) },
        // London falls back at 02:00 BST (01:00Z): 00:30 BST + 2 h = the second 01:30, GMT.
        { "Europe/London", Instant.FromUtc(2026, 10, 24, 23, 30), Instant.FromUtc(2026, 10, 25, 1, 30) },
        // New York springs forward at 02:00 EST (07:00Z): 01:30 EST + 2 h = 04:30 EDT.
        { "America/New_York", Instant.FromUtc(2026, 3, 8, 6, 30), Instant.FromUtc(2026, 3, 8, 8, 30) },
        // New York falls back at 02:00 EDT (06:00Z): 00:30 EDT + 2 h = the second 01:30, EST.
        { "America/New_York", Instant.FromUtc(2026, 11, 1, 4, 30), Instant.FromUtc(2026, 11, 1, 6, 30) },
    };

    [Theory]
    [MemberData(nameof(TwoHourRepliesOnATwentyFourHourDesk))]
    public void A_two_hour_reply_across_a_clock_change_is_due_two_real_hours_later(string zone, Instant received, Instant due)
    {
        var desk = Desk(zone, ("00:00", "00:00")); // an end of 00:00 is 24:00

        Assert.Equal(due, desk.Add(received, TwoHours));
        Assert.Equal(TwoHours, desk.BusinessTimeBetween(received, due));
    }

    public static TheoryData<string, string, string, Instant, Instant> OpeningsInTheSkippedHour => new()
    {
        // London's 01:00-02:00 does not exist on 29 March: an opening at 01:30 takes effect at 02:00 BST (01:00Z).
        { "Europe/London", "01:30", "06:00", Instant.FromUtc(2026, 3, 28, 23, 0), Instant.FromUtc(2026, 3, 29, 3, 0) },
        // New York's 02:00-03:00 does not exist on 8 March: an opening at 02:30 takes effect at 03:00 EDT (07:00Z).
        { "America/New_York", "02:30", "07:00", Instant.FromUtc(2026, 3, 8, 5, 0), Instant.FromUtc(2026, 3, 8, 9, 0) },
    };

    [Theory]
    [MemberData(nameof(OpeningsInTheSkippedHour))]
    public void An_opening_in_the_skipped_hour_moves_forward_to_the_end_of_the_gap(string zone, string opens, string closes, Instant received, Instant due)
    {
        var desk = Desk(zone, (opens, closes));

        Assert.Equal(due - TwoHours, desk.NextOpening(received));
        Assert.Equal(due, desk.Add(received, TwoHours));
    }

    [Theory]
    [InlineData("Europe/London", "00:00", "01:30", 2026, 3, 29, 1, 0)]
    [InlineData("America/New_York", "00:00", "02:30", 2026, 3, 8, 7, 0)]
    public void A_closing_in_the_skipped_hour_moves_forward_to_the_end_of_the_gap(string zone, string opens, string closes, int year, int month, int day, int hour, int minute)
    {
        var desk = Desk(zone, (opens, closes));
        var gapEnd = Instant.FromUtc(year, month, day, hour, minute);

        Assert.True(desk.IsOpen(gapEnd - Duration.FromTicks(1)));
        Assert.False(desk.IsOpen(gapEnd));
    }

    public static TheoryData<string, Instant, Instant, Instant> BusinessDaysAcrossTheChange => new()
    {
        // A 00:00-12:00 office (a 12 h business day) on the day of the change: 11 real hours in spring, so one business
        // day ends an hour into the next day; 13 in autumn, so it ends an hour before closing.
        { "Europe/London", Instant.FromUtc(2026, 3, 29, 0, 0), Instant.FromUtc(2026, 3, 29, 11, 0), Instant.FromUtc(2026, 3, 30, 0, 0) },
        { "Europe/London", Instant.FromUtc(2026, 10, 24, 23, 0), Instant.FromUtc(2026, 10, 25, 12, 0), Instant.FromUtc(2026, 10, 25, 11, 0) },
        { "America/New_York", Instant.FromUtc(2026, 3, 8, 5, 0), Instant.FromUtc(2026, 3, 8, 16, 0), Instant.FromUtc(2026, 3, 9, 5, 0) },
        { "America/New_York", Instant.FromUtc(2026, 11, 1, 4, 0), Instant.FromUtc(2026, 11, 1, 17, 0), Instant.FromUtc(2026, 11, 1, 16, 0) },
    };

    [Theory]
    [MemberData(nameof(BusinessDaysAcrossTheChange))]
    public void A_business_day_that_spans_the_change_counts_its_real_hours(string zone, Instant opens, Instant closes, Instant due)
    {
        var office = Desk(zone, ("00:00", "12:00"));

        Assert.Equal(Duration.FromHours(12), office.BusinessDayLength);
        Assert.Equal(closes - opens, office.BusinessTimeBetween(opens, closes));
        Assert.Equal(due, office.Add(opens, office.BusinessDayLength));
        Assert.Equal(office.BusinessDayLength, office.BusinessTimeBetween(opens, due));
    }

    public static TheoryData<string, string, string, Instant, Instant, Instant[]> BoundariesInTheRepeatedHour => new()
    {
        // London repeats 01:00-02:00 on 25 October (BST until 01:00Z, then GMT). Opening at 01:30: open at the first
        // 01:30 (00:30Z) until the clock goes back (01:00Z), closed from 01:00 GMT until the second 01:30 (01:30Z).
        {
            "Europe/London", "01:30", "05:00", Instant.FromUtc(2026, 10, 24, 22, 0), Instant.FromUtc(2026, 10, 25, 6, 0),
            [Instant.FromUtc(2026, 10, 25, 0, 30), Instant.FromUtc(2026, 10, 25, 1, 0), Instant.FromUtc(2026, 10, 25, 1, 30), Instant.FromUtc(2026, 10, 25, 5, 0)]
        },
        // Closing at 01:30: closed at the first 01:30 (00:30Z), open again from 01:00 GMT until the second 01:30.
        {
            "Europe/London", "00:00", "01:30", Instant.FromUtc(2026, 10, 24, 22, 0), Instant.FromUtc(2026, 10, 25, 6, 0),
            [Instant.FromUtc(2026, 10, 24, 23, 0), Instant.FromUtc(2026, 10, 25, 0, 30), Instant.FromUtc(2026, 10, 25, 1, 0), Instant.FromUtc(2026, 10, 25, 1, 30)]
        },
        // New York repeats 01:00-02:00 on 1 November (EDT until 06:00Z, then EST).
        {
            "America/New_York", "01:30", "05:00", Instant.FromUtc(2026, 11, 1, 3, 0), Instant.FromUtc(2026, 11, 1, 11, 0),
            [Instant.FromUtc(2026, 11, 1, 5, 30), Instant.FromUtc(2026, 11, 1, 6, 0), Instant.FromUtc(2026, 11, 1, 6, 30), Instant.FromUtc(2026, 11, 1, 10, 0)]
        },
        {
            "America/New_York", "00:00", "01:30", Instant.FromUtc(2026, 11, 1, 3, 0), Instant.FromUtc(2026, 11, 1, 11, 0),
            [Instant.FromUtc(2026, 11, 1, 4, 0), Instant.FromUtc(2026, 11, 1, 5, 30), Instant.FromUtc(2026, 11, 1, 6, 0), Instant.FromUtc(2026, 11, 1, 6, 30)]
        },
    };

    /// <summary>
    /// The domain README's rule for a boundary inside the repeated hour: it takes effect at each of the two passes, so
    /// the part of the repeated hour that the interval covers is counted twice and the part it does not is closed twice.
    /// </summary>
    [Theory]
    [MemberData(nameof(BoundariesInTheRepeatedHour))]
    public void A_boundary_in_the_repeated_hour_takes_effect_on_each_pass(string zone, string opens, string closes, Instant from, Instant to, Instant[] spans)
    {
        var desk = Desk(zone, (opens, closes));
        var expected = spans.Chunk(2).Select(pair => new OpenSpan(pair[0], pair[1])).ToList();

        Assert.Equal(expected, desk.OpenSpans(from, to));
        Assert.Equal(expected.Aggregate(Duration.Zero, (sum, span) => sum + span.Length), desk.BusinessTimeBetween(from, to));
        Assert.Equal(expected[1].Start, desk.NextOpening(expected[0].End));
        Assert.Equal(expected[1].Start + Duration.FromMinutes(10), desk.Add(expected[0].Start, expected[0].Length + Duration.FromMinutes(10)));
        Assert.False(desk.IsOpen(expected[0].End));
        Assert.True(desk.IsOpen(expected[1].Start));
    }
}
