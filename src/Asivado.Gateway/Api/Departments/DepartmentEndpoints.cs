using Asivado.Gateway.Api.Problems;
using Asivado.Gateway.Authorization;
using Asivado.Grains.Departments;
using Asivado.Grains.Organisation;

namespace Asivado.Gateway.Api.Departments;

/// <summary>GET /api/departments/{id} (live counters), GET /api/departments/{id}/queue and GET /api/departments/{id}/forecast.</summary>
public static class DepartmentEndpoints
{
    public static IEndpointRouteBuilder MapDepartmentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var departments = endpoints.MapGroup("/api/departments/{id}").WithTags("Departments");

        departments.MapGet("/", GetAsync)
            .WithName("GetDepartment")
            .WithSummary("A department with its open cases, queue length, agents' availability and today's compliance")
            .Produces<DepartmentView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        departments.MapGet("/queue", GetQueueAsync)
            .WithName("GetDepartmentQueue")
            .WithSummary("The department's unassigned open cases, soonest deadline first")
            .Produces<DepartmentQueueView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        departments.MapGet("/forecast", ForecastEndpoint.GetAsync)
            .WithName("GetDepartmentForecast")
            .WithSummary("Per open case, when it is expected to start and finish with the current queue and staffing, whether it will breach its next deadline, and why")
            .Produces<DepartmentForecast>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        return endpoints;
    }

    // The directory answers for unknown ids without activating a grain.
    private static async Task<IResult> GetAsync(string id, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory) =>
        directory.FindDepartment(id) is not { } department ? GrainErrorResults.NotFound("department", id)
        : !AccessPolicy.CanSeeDepartment(httpContext.GetCaller(), department) ? ApiAuthorization.Forbidden($"You may not see department '{id}'.")
        : await grains.GetGrain<IDepartmentGrain>(id).Get() is { } view ? TypedResults.Ok(view)
        : GrainErrorResults.NotFound("department", id);

    private static async Task<IResult> GetQueueAsync(string id, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory) =>
        directory.FindDepartment(id) is not { } department ? GrainErrorResults.NotFound("department", id)
        : !AccessPolicy.CanSeeDepartment(httpContext.GetCaller(), department) ? ApiAuthorization.Forbidden($"You may not see department '{id}'.")
        : await grains.GetGrain<IDepartmentGrain>(id).GetQueue() is { } queue ? TypedResults.Ok(queue)
        : GrainErrorResults.NotFound("department", id);
}
