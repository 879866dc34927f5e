using System.Collections.Immutable;
using Asivado.Domain.Calendars;
using NodaTime;

namespace Asivado.Domain.Tests.Calendars;

/// <summary>Seeded random calendars, starts and budgets checked against invariants and the minute oracle.</summary>
public sealed class BusinessCalendarPropertyTests
{
    private static readonly string[] Zones = ["Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Australia/Lord_Howe"];

    // Windows that contain daylight-saving changes (both hemispheres) and a year end.
    private static readonly Instant[] WindowStarts =
    [
        Instant.FromUtc(2025, 3, 5, 0, 0), Instant.FromUtc(2025, 3, 25, 0, 0), Instant.FromUtc(2025, 3, 31, 0, 0),
        Instant.FromUtc(2025, 10, 1, 0, 0), Instant.FromUtc(2025, 10, 22, 0, 0), Instant.FromUtc(2025, 10, 30, 0, 0),
        Instant.FromUtc(2025, 12, 22, 0, 0),
    ];

    [Fact]
    public void Fast_algorithm_agrees_with_the_minute_oracle()
    {
        var random = new Random(20251122);
        for (var i = 0; i < 120; i++)
        {
            var definition = RandomDefinition(random);
            var calendar = BusinessCalendar.Create(definition);
            var oracle = new MinuteOracle(definition);
            var start = RandomStart(random);
            var budget = Duration.FromMinutes(random.Next(0, 3 * 24 * 60 / 4));
            var context = $"case {i}: {definition.TimeZoneId} start {start} budget {budget}";

            var due = calendar.Add(start, budget);

            Assert.True(oracle.Add(start, budget) == due, $"{context}: Add {due} vs oracle {oracle.Add(start, budget)}");
            var end = start + Duration.FromMinutes(random.Next(0, 6 * 24 * 60));
            Assert.True(oracle.Between(start, end) == calendar.BusinessTimeBetween(start, end), $"{context}: Between to {end}");
            Assert.True(oracle.NextOpening(start) == calendar.NextOpening(start), $"{context}: NextOpening");
            Assert.True(oracle.IsOpen(start) == calendar.IsOpen(start), $"{context}: IsOpen");
        }
    }

    [Fact]
    public void Business_time_to_the_deadline_equals_the_target_and_deadlines_never_move_earlier()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var calendar = BusinessCalendar.Create(RandomDefinition(random));
            var start = RandomStart(random) + Duration.FromSeconds(random.Next(0, 60));
            var budget = Duration.FromSeconds(random.Next(0, 20 * 24 * 3600));
            var later = start + Duration.FromSeconds(random.Next(0, 3 * 24 * 3600));
            var context = $"case {i}: {calendar.Zone.Id} start {start} budget {budget}";

            var due = calendar.Add(start, budget);

            Assert.True(budget == calendar.BusinessTimeBetween(start, due), $"{context}: business time to {due}");
            Assert.True(calendar.Add(later, budget) >= due, $"{context}: start {later} moved the deadline earlier");
            Assert.True(calendar.Add(start, budget + Duration.FromMinutes(1)) > due, $"{context}: a larger budget must end later");
        }
    }

    private static Instant RandomStart(Random random) =>
        WindowStarts[random.Next(WindowStarts.Length)] + Duration.FromMinutes(random.Next(0, 8 * 24 * 60));

    private static BusinessCalendarDefinition RandomDefinition(Random random)
    {
        var hours = ImmutableArray.CreateBuilder<OpeningInterval>();
        for (var day = 1; day <= 7; day++)
        {
            var minute = 0;
            for (var n = random.Next(0, 4); n > 0; n--)
            {
                var start = minute + (random.Next(0, 9 * 4) * 15);
                var end = start + ((1 + random.Next(0, 6 * 4)) * 15);
                if (end > 24 * 60)
                {
                    break;
                }

                hours.Add(new OpeningInterval((IsoDayOfWeek)day, LocalTime.FromMinutesSinceMidnight(start), end == 24 * 60 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(end)));
                minute = end;
            }
        }

        if (hours.Count == 0)
        {
            hours.Add(new OpeningInterval(IsoDayOfWeek.Wednesday, new LocalTime(1, 0), new LocalTime(3, 0)));
        }

        var holidays = ImmutableArray.CreateBuilder<Holiday>();
        foreach (var window in WindowStarts)
        {
            var date = window.InUtc().Date.PlusDays(random.Next(0, 10));
            if (random.Next(2) == 0)
            {
                holidays.Add(new Holiday(date, "whole"));
            }
            else
            {
                var from = random.Next(0, 20 * 4) * 15;
                holidays.Add(new Holiday(date, "part", LocalTime.FromMinutesSinceMidnight(from), LocalTime.FromMinutesSinceMidnight(from + (random.Next(1, 16) * 15))));
            }
        }

        return new BusinessCalendarDefinition("random", 1, Zones[random.Next(Zones.Length)], hours.ToImmutable(), holidays.ToImmutable());
    }
}
