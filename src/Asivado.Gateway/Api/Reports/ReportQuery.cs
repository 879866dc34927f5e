using Asivado.Gateway.Api.Validation;
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
    public const int MaxDays = 366;

    public static ReportQuery? Parse(string? departmentId, string? from, string? to, IOrganisationDirectory directory, ValidationErrors errors)
    {
        if (departmentId is not null)
        {
            errors.RequireKnownDepartment("departmentId", departmentId, directory);
        }

        var fromDate = ParseDate(errors, "from", from);
        var toDate = ParseDate(errors, "to", to);
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

    private static LocalDate? ParseDate(ValidationErrors errors, string field, string? text)
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

        return result.Value;
    }
}
