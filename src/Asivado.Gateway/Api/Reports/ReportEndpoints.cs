using Asivado.Gateway.Api.Problems;
using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Grains.Organisation;
using Asivado.Grains.Runtime.Abstractions;
using NodaTime;

namespace Asivado.Gateway.Api.Reports;

/// <summary>GET /api/reports/compliance and GET /api/reports/feedback, from the departments' daily tallies.</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/reports").WithTags("Reports");

        reports.MapGet("/compliance", GetComplianceAsync)
            .WithName("GetComplianceReport")
            .WithSummary("Met and breached deadlines per target over [from, to], for one department or all")
            .Produces<ComplianceReports>()
            .ProducesValidationProblem();

        reports.MapGet("/feedback", GetFeedbackAsync)
            .WithName("GetFeedbackReport")
            .WithSummary("Praise and constructive criticism received over [from, to], for one department or all")
            .Produces<FeedbackReports>()
            .ProducesValidationProblem();

        return endpoints;
    }

    private static Task<IResult> GetComplianceAsync(string? departmentId, string? from, string? to, IGrainFactory grains, IOrganisationDirectory directory) =>
        CollectAsync(departmentId, from, to, directory, (id, first, last) => grains.GetGrain<IDepartmentGrain>(id).GetCompliance(first, last), (query, reports) => new ComplianceReports(query.From, query.To, reports));

    private static Task<IResult> GetFeedbackAsync(string? departmentId, string? from, string? to, IGrainFactory grains, IOrganisationDirectory directory) =>
        CollectAsync(departmentId, from, to, directory, (id, first, last) => grains.GetGrain<IDepartmentGrain>(id).GetFeedback(first, last), (query, reports) => new FeedbackReports(query.From, query.To, reports));

    private static async Task<IResult> CollectAsync<TReport, TResponse>(
        string? departmentId,
        string? from,
        string? to,
        IOrganisationDirectory directory,
        Func<string, LocalDate, LocalDate, Task<GrainResult<TReport>>> report,
        Func<ReportQuery, IReadOnlyList<TReport>, TResponse> respond)
        where TReport : class
    {
        var errors = new ValidationErrors();
        if (ReportQuery.Parse(departmentId, from, to, directory, errors) is not { } query)
        {
            return errors.ToResult();
        }

        var results = await Task.WhenAll(query.DepartmentIds.Select(id => report(id, query.From, query.To)));
        if (results.FirstOrDefault(result => !result.Succeeded) is { Error: { } error })
        {
            return error.ToResult();
        }

        return TypedResults.Ok(respond(query, [.. results.Select(result => result.Value!)]));
    }
}
