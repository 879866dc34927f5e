using Asivado.Gateway.Api.Problems;
using Asivado.Gateway.Authorization;
using Asivado.Grains.Cases;
using Asivado.Grains.Organisation;
using Asivado.Grains.Runtime.Abstractions;

namespace Asivado.Gateway.Api.Cases;

/// <summary>
/// Takes in a validated contact (POST /api/cases, POST /api/voicemails). With an Idempotency-Key the case id is
/// derived from "{actorId}/{key}" (<see cref="CaseIds.ForIdempotencyKey"/>), so the case opens once and answers
/// retries itself; without one a new case id is minted.
/// A new case is 201 Created at /api/cases/{id}; a replay is 200 with Idempotent-Replayed: true. The case in the
/// answer shows the customer's contact details only to those who may see them (an integration never does).
/// </summary>
public static class IntakeSubmission
{
    public static async Task<IResult> SubmitAsync(
        HttpContext httpContext,
        IGrainFactory grains,
        TimeProvider time,
        CaseIntake intake,
        string? idempotencyKey,
        Func<string, string> fieldFromIntake)
    {
        var actor = httpContext.GetActor();
        if (idempotencyKey is null)
        {
            var caseId = CaseIds.New(time);
            var opened = await grains.GetGrain<ICaseGrain>(caseId).Open(intake, actor);
            return opened.Succeeded ? Created(httpContext, opened.Value) : opened.Error.ToResult(fieldFromIntake);
        }

        var submitted = await grains.GetGrain<ICaseGrain>(CaseIds.ForIdempotencyKey(actor.Id, idempotencyKey)).TakeIn(intake, actor);
        if (!submitted.Succeeded)
        {
            return submitted.Error.ToResult(fieldFromIntake);
        }

        if (submitted.Value.Created)
        {
            return Created(httpContext, submitted.Value.Case);
        }

        httpContext.Response.Headers[IdempotencyKey.ReplayedHeaderName] = "true";
        return ContactRedaction.Case(httpContext, Directory(httpContext), submitted.Value.Case);
    }

    public static string Location(string caseId) => $"/api/cases/{Uri.EscapeDataString(caseId)}";

    private static IResult Created(HttpContext httpContext, CaseView view)
    {
        httpContext.Response.Headers.Location = Location(view.Id);
        return ContactRedaction.Case(httpContext, Directory(httpContext), view, StatusCodes.Status201Created);
    }

    private static IOrganisationDirectory Directory(HttpContext httpContext) => httpContext.RequestServices.GetRequiredService<IOrganisationDirectory>();
}
