using Asivado.Gateway.Api.Problems;
using Asivado.Gateway.Api.Validation;
using Asivado.Gateway.Authorization;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Gateway.Api.Reports;

/// <summary>
/// GET /api/reports/compliance and GET /api/reports/feedback, from the departments' daily tallies. Leads see their
/// own department's, managers the departments they manage, admins all; without departmentId a report covers the
/// departments the caller may see, and one the caller may not see is 403.
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/reports").WithTags("Reports");

        reports.MapGet("/compliance", GetComplianceAsync)
            .WithName("GetComplianceReport")
            .WithSummary("Met and breached deadlines per target over [from, to], for one department or all")
            .Produces<ComplianceReports>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        reports.MapGet("/feedback", GetFeedbackAsync)
            .WithName("GetFeedbackReport")
            .WithSummary("Praise and constructive criticism received over [from, to], for one department or all")
            .Produces<FeedbackReports>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        return endpoints;
    }

    private static Task<IResult> GetComplianceAsync(string? departmentId, string? from, string? to, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory, TimeProvider time) =>
        CollectAsync(departmentId, from, to, httpContext.GetCaller(), directory, Today(time), (id, first, last) => grains.GetGrain<IDepartmentGrain>(id).GetCompliance(first, last), (query, reports) => new ComplianceReports(query.From, query.To, reports));

    private static Task<IResult> GetFeedbackAsync(string? departmentId, string? from, string? to, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory, TimeProvider time) =>
        CollectAsync(departmentId, from, to, httpContext.GetCaller(), directory, Today(time), (id, first, last) => grains.GetGrain<IDepartmentGrain>(id).GetFeedback(first, last), (query, reports) => new FeedbackReports(query.From, query.To, reports));

    private static async Task<IResult> CollectAsync<TReport, TResponse>(
        string? departmentId,
        string? from,
        string? to,
        Caller caller,
        IOrganisationDirectory directory,
        LocalDate today,
        Func<string, LocalDate, LocalDate, Task<GrainResult<TReport>>> report,
        Func<ReportQuery, IReadOnlyList<TReport>, TResponse> respond)
        where TReport : class
    {
        var errors = new ValidationErrors();
        if (ReportQuery.Parse(departmentId, from, to, directory, today, errors) is not { } query)
        {
            return errors.ToResult();
        }

        var allowed = query.DepartmentIds.Where(id => directory.FindDepartment(id) is { } department && AccessPolicy.CanReadReports(caller, department)).ToList();
        if (allowed.Count == 0 || (departmentId is not null && allowed.Count != query.DepartmentIds.Count))
        {
            return ApiAuthorization.Forbidden(departmentId is null ? "You may not see reports." : $"You may not see the reports of department '{departmentId}'.");
        }

        query = query with { DepartmentIds = allowed };
        var results = await Task.WhenAll(query.DepartmentIds.Select(id => report(id, query.From, query.To)));
        if (results.FirstOrDefault(result => !result.Succeeded) is { Error: { } error })
        {
            return error.ToResult();
        }

        return TypedResults.Ok(respond(query, [.. results.Select(result => result.Value!)]));
    }

    private static LocalDate Today(TimeProvider time) => time.GetCurrentInstant().InUtc().Date;
}
