using Asivado.Grains.Common;
using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>
/// A report's [from, to] local dates, inclusive: to on or after from, at most <see cref="MaxDays"/> days, and both
/// within <see cref="MaxYearsBack"/> years before and <see cref="MaxDaysAhead"/> days after today (so no date near
/// the calendar's ends, 9999-12-31, is ever stepped past). The gateway checks the same before asking a grain.
/// </summary>
public static class ReportPeriod
{
    /// <summary>A leap year: any calendar year fits.</summary>
    public const int MaxDays = 366;

    /// <summary>How far back a report may start: tallies older than this are not kept for reports.</summary>
    public const int MaxYearsBack = 10;

    /// <summary>How far ahead a report may end (a period that ends at the end of this month, this year).</summary>
    public const int MaxDaysAhead = 366;

    public static LocalDate Earliest(LocalDate today) => today.PlusYears(-MaxYearsBack);

    public static LocalDate Latest(LocalDate today) => today.PlusDays(MaxDaysAhead);

    /// <summary>What is wrong with a date outside the window, or null: "must be between 2016-01-05 and 2027-01-06".</summary>
    public static string? OutsideWindow(LocalDate date, LocalDate today) =>
        date < Earliest(today) || date > Latest(today)
            ? $"must be between {Earliest(today):uuuu'-'MM'-'dd} and {Latest(today):uuuu'-'MM'-'dd} ({MaxYearsBack} years back, {MaxDaysAhead} days ahead)"
            : null;

    public static GrainError? Validate(LocalDate from, LocalDate to, LocalDate today)
    {
        if (OutsideWindow(from, today) is { } early)
        {
            return GrainError.Invalid("from", early);
        }

        if (OutsideWindow(to, today) is { } late)
        {
            return GrainError.Invalid("to", late);
        }

        if (to < from)
        {
            return GrainError.Invalid("to", "'to' must be on or after 'from'.");
        }

        return Period.DaysBetween(from, to) + 1 > MaxDays
            ? GrainError.Invalid("to", $"A report covers at most {MaxDays} days.")
            : null;
    }

    public static IEnumerable<LocalDate> Days(LocalDate from, LocalDate to)
    {
        for (var day = from; day <= to; day = day.PlusDays(1))
        {
            yield return day;
        }
    }
}
