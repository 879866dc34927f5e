using System.Globalization;
using Asivado.Gateway.Api.Problems;
using Asivado.Gateway.Api.Validation;
using Asivado.Gateway.Authorization;
using Asivado.Grains.Departments;
using Asivado.Grains.Organisation;

namespace Asivado.Gateway.Api.Departments;

/// <summary>
/// GET /api/departments/{id}/forecast?limit=N: the department's breach forecast, the first N open cases (1 to
/// <see cref="DepartmentGrain.MaxForecastCases"/>, default <see cref="DefaultLimit"/>) with the counts over all. Who may
/// read it is the reports' rule (<see cref="AccessPolicy.CanReadReports"/>).
/// </summary>
internal static class ForecastEndpoint
{
    public const int DefaultLimit = 200;

    // The directory answers for unknown ids without activating a grain.
    public static async Task<IResult> GetAsync(string id, string? limit, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory)
    {
        if (directory.FindDepartment(id) is not { } department)
        {
            return GrainErrorResults.NotFound("department", id);
        }

        if (!AccessPolicy.CanReadReports(httpContext.GetCaller(), department))
        {
            return ApiAuthorization.Forbidden($"You may not see the forecast of department '{id}'.");
        }

        var errors = new ValidationErrors();
        var count = ParseLimit(limit, errors);
        if (errors.HasErrors)
        {
            return errors.ToResult();
        }

        return (await grains.GetGrain<IDepartmentGrain>(id).GetForecast(count)).ToOk();
    }

    private static int ParseLimit(string? text, ValidationErrors errors)
    {
        if (text is null)
        {
            return DefaultLimit;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit is < 1 or > DepartmentGrain.MaxForecastCases)
        {
            errors.Add("limit", $"must be a whole number from 1 to {DepartmentGrain.MaxForecastCases}");
        }

        return limit;
    }
}
