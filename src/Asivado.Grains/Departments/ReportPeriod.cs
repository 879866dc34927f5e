using Asivado.Grains.Common;
using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>A report's [from, to] local dates, inclusive: to on or after from, at most <see cref="MaxDays"/> days.</summary>
internal static class ReportPeriod
{
    /// <summary>A leap year: any calendar year fits.</summary>
    public const int MaxDays = 366;

    public static GrainError? Validate(LocalDate from, LocalDate to)
    {
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
