using System.Globalization;
using Asivado.Domain.Policies;
using NodaTime;
using NodaTime.Text;

namespace Asivado.Domain.Deadlines;

/// <summary>
/// A <see cref="DeadlineExplanation"/> in plain words for a person, with every instant in the calendar's own zone:
/// "7 business days of 8 h (business time, Europe/London); counted from Mon 5 Jan 2026 09:00 GMT; skipped: Thu 25 Dec
/// Christmas Day (holiday), weekend, hours outside opening times; due Wed 14 Jan 2026 11:00 GMT".
/// </summary>
public static class DeadlineWording
{
    private static readonly ZonedDateTimePattern InstantPattern =
        ZonedDateTimePattern.CreateWithInvariantCulture("ddd d MMM uuuu HH:mm x", null);

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("ddd d MMM");

    public static string Describe(DeadlineExplanation explanation, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(zone);
        var parts = new List<string> { Budget(explanation, zone) };
        if (explanation.Clock == ClockKind.BusinessTime)
        {
            // A contact outside opening hours starts counting at the next opening: say when counting really began.
            var from = explanation.IntervalsCounted.Count > 0 ? explanation.IntervalsCounted[0].Start : explanation.CountingFrom;
            parts.Add($"counted from {At(from, zone)}");
        }

        if (Skipped(explanation, zone) is { Count: > 0 } skipped)
        {
            parts.Add("skipped: " + string.Join(", ", skipped));
        }

        parts.AddRange(explanation.Pauses.Select(pause => pause.End is { } end
            ? $"paused {Length(end - pause.Start)} ({pause.Reason})"
            : $"paused since {At(pause.Start, zone)} ({pause.Reason})"));
        parts.AddRange(explanation.Extensions.Select(extension =>
            $"extended to {At(extension.NewDueAt, zone)} ({extension.Reason}; customer told by {extension.Notice.Method} at {At(extension.Notice.ToldAt, zone)})"));
        parts.Add(explanation.DueAt is { } due ? $"due {At(due, zone)}" : "no due time while paused");
        return string.Join("; ", parts);
    }

    /// <summary>"1 h 30 min", "40 h", "18 s": hours, minutes, seconds that are not zero (no days: a budget's hours are open hours, not days of 24).</summary>
    public static string Length(Duration duration)
    {
        var units = new List<string>();
        var hours = (long)Math.Floor(duration.TotalHours);
        if (hours > 0)
        {
            units.Add($"{hours} h");
        }

        if (duration.Minutes > 0)
        {
            units.Add($"{duration.Minutes} min");
        }

        if (duration.Seconds > 0 || units.Count == 0)
        {
            units.Add($"{duration.Seconds} s");
        }

        return string.Join(' ', units);
    }

    private static string Budget(DeadlineExplanation explanation, DateTimeZone zone)
    {
        var clock = explanation.Clock == ClockKind.BusinessTime ? $"business time, {zone.Id}" : "wall clock";
        var budget = explanation.BudgetRule.EndsWith("business day(s)", StringComparison.Ordinal) && explanation.BusinessDayLength > Duration.Zero
            ? BusinessDays(explanation)
            : explanation.BudgetRule.EndsWith("ring(s)", StringComparison.Ordinal)
                ? $"{explanation.BudgetRule.Replace("ring(s)", "rings", StringComparison.Ordinal)} of {Length(explanation.PolicyBudget)}"
                : Length(explanation.PolicyBudget);
        var added = explanation.Budget - explanation.PolicyBudget;
        return added > Duration.Zero ? $"{budget} + {Length(added)} by extension ({clock})" : $"{budget} ({clock})";
    }

    private static string BusinessDays(DeadlineExplanation explanation)
    {
        var days = explanation.PolicyBudget.TotalTicks / explanation.BusinessDayLength.TotalTicks;
        return $"{days.ToString("0.##", CultureInfo.InvariantCulture)} business day{(days == 1 ? "" : "s")} of {Length(explanation.BusinessDayLength)}";
    }

    private static List<string> Skipped(DeadlineExplanation explanation, DateTimeZone zone)
    {
        var skipped = explanation.HolidaysSkipped
            .Select(holiday => $"{DatePattern.Format(holiday.Date)} {holiday.Name} (holiday)")
            .ToList();
        var weekend = false;
        var closedHours = false;
        foreach (var period in explanation.ClosedPeriodsSkipped)
        {
            if (TouchesWeekend(period, zone))
            {
                weekend = true;
            }
            else if (period.Reason == SkipReason.OutsideOpeningHours)
            {
                closedHours = true;
            }
        }

        if (weekend)
        {
            skipped.Add("weekend");
        }

        if (closedHours)
        {
            skipped.Add("hours outside opening times");
        }

        return skipped;
    }

    private static bool TouchesWeekend(SkippedPeriod period, DateTimeZone zone)
    {
        var start = period.Start.InZone(zone).Date;
        var end = period.End.InZone(zone).Date;
        for (var date = start; date <= end; date = date.PlusDays(1))
        {
            if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            {
                return true;
            }
        }

        return false;
    }

    private static string At(Instant instant, DateTimeZone zone) => InstantPattern.Format(instant.InZone(zone));
}
