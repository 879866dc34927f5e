using Asivado.Gateway.Api.Problems;
using Asivado.Gateway.Api.Validation;
using Asivado.Gateway.Authorization;
using Asivado.Grains.Organisation.Revisions;
using Asivado.Grains.Organisation.Revisions.Reapplication;

namespace Asivado.Gateway.Api.Organisation;

/// <summary>
/// Organisation revisions: publish a policy revision, a department override or a calendar version (re-applied to the
/// open cases in the background), read the current revision, follow a re-application job. Admins only.
/// </summary>
public static class RevisionEndpoints
{
    public static IEndpointRouteBuilder MapRevisionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var organisation = endpoints.MapGroup("/api/organisation").WithTags("Organisation");

        organisation.MapPost("/revisions", PublishAsync)
            .WithName("PublishRevision")
            .WithSummary("Publish a policy revision, a department override or a calendar version; its re-application to the open cases runs in the background")
            .Produces<PublishedRevisionSummary>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        organisation.MapGet("/revisions", GetCurrentAsync)
            .WithName("GetRevisions")
            .WithSummary("The current revision: each department's calendar and effective policies, and every revision published")
            .Produces<OrganisationRevisionsView>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        organisation.MapGet("/reapplications/{jobId}", GetJobAsync)
            .WithName("GetReapplication")
            .WithSummary("A re-application job's progress: cases done out of the total, changed, unchanged, not open, failed")
            .Produces<ReapplicationJobView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        return endpoints;
    }

    private static async Task<IResult> PublishAsync(PublishRevisionRequest request, HttpContext httpContext, IGrainFactory grains)
    {
        if (!AccessPolicy.CanManageRevisions(httpContext.GetCaller()))
        {
            return ApiAuthorization.Forbidden("Only an admin may publish organisation revisions.");
        }

        var errors = new ValidationErrors();
        request.Validate(errors);
        if (errors.HasErrors)
        {
            return errors.ToResult();
        }

        var result = await Revisions(grains).Publish(request.ToDocument(), httpContext.GetActor());
        return result.Succeeded
            ? TypedResults.Accepted($"/api/organisation/reapplications/{result.Value.JobId}", result.Value)
            : result.Error.ToResult();
    }

    private static async Task<IResult> GetCurrentAsync(HttpContext httpContext, IGrainFactory grains) =>
        !AccessPolicy.CanManageRevisions(httpContext.GetCaller())
            ? ApiAuthorization.Forbidden("Only an admin may read the organisation's revisions.")
            : TypedResults.Ok(await Revisions(grains).GetCurrent());

    private static async Task<IResult> GetJobAsync(string jobId, HttpContext httpContext, IGrainFactory grains)
    {
        if (!AccessPolicy.CanManageRevisions(httpContext.GetCaller()))
        {
            return ApiAuthorization.Forbidden("Only an admin may follow re-application jobs.");
        }

        // Only ids a publish could have made reach a grain: a made-up id does not activate one.
        return jobId.StartsWith(ReapplicationJobs.Prefix, StringComparison.Ordinal)
            && long.TryParse(jobId.AsSpan(ReapplicationJobs.Prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && ReapplicationJobs.IdFor(number) == jobId
            && await grains.GetGrain<IReapplicationJobGrain>(jobId).Get() is { } job
            ? TypedResults.Ok(job)
            : GrainErrorResults.NotFound("re-application job", jobId);
    }

    private static IOrganisationRevisionsGrain Revisions(IGrainFactory grains) =>
        grains.GetGrain<IOrganisationRevisionsGrain>(IOrganisationRevisionsGrain.Key);
}
