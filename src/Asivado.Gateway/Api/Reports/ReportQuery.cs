using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Departments;
using Asivado.Grains.Organisation;
using NodaTime;
using NodaTime.Text;

namespace Asivado.Gateway.Api.Reports;

/// <summary>
/// ?departmentId=&amp;from=YYYY-MM-DD&amp;to=YYYY-MM-DD: one department, or every department when departmentId is
/// omitted; dates are local to each department's calendar, inclusive, at most <see cref="MaxDays"/> days.
/// </summary>
public sealed record ReportQuery(IReadOnlyList<string> DepartmentIds, LocalDate From, LocalDate To)
{
    public const int MaxDays = ReportPeriod.MaxDays;

    /// <param name="today">The server's date (UTC); the department grain checks the window again on its own calendar.</param>
    public static ReportQuery? Parse(string? departmentId, string? from, string? to, IOrganisationDirectory directory, LocalDate today, ValidationErrors errors)
    {
        if (departmentId is not null)
        {
            errors.RequireKnownDepartment("departmentId", departmentId, directory);
        }

        var fromDate = ParseDate(errors, "from", from, today);
        var toDate = ParseDate(errors, "to", to, today);
        if (fromDate is { } first && toDate is { } last)
        {
            if (last < first)
            {
                errors.Add("to", "must not be before 'from'");
            }
            else if (Period.Between(first, last, PeriodUnits.Days).Days >= MaxDays)
            {
                errors.Add("to", $"a report covers at most {MaxDays} days");
            }
        }

        if (errors.HasErrors)
        {
            return null;
        }

        IReadOnlyList<string> departments = departmentId is null ? [.. directory.Departments.Select(d => d.Id)] : [departmentId];
        return new ReportQuery(departments, fromDate!.Value, toDate!.Value);
    }

    private static LocalDate? ParseDate(ValidationErrors errors, string field, string? text, LocalDate today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "is required (YYYY-MM-DD)");
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            errors.Add(field, "must be a date like 2026-01-05");
            return null;
        }

        if (ReportPeriod.OutsideWindow(result.Value, today) is { } outside)
        {
            errors.Add(field, outside);
            return null;
        }

        return result.Value;
    }
}
