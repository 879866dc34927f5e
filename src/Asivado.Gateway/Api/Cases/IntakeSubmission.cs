using Asivado.Gateway.Api.Problems;
using Asivado.Gateway.Authorization;
using Asivado.Grains.Cases;
using Asivado.Grains.Organisation;

namespace Asivado.Gateway.Api.Cases;

/// <summary>
/// Takes in a validated contact (POST /api/cases, POST /api/voicemails). With an Idempotency-Key the case id is
/// derived from "{actorId}/{key}" (<see cref="CaseIds.ForIdempotencyKey"/>), so the case opens once and answers
/// retries itself; without one a new case id is minted.
/// A new case is 201 Created at /api/cases/{id}; a replay is 200 with Idempotent-Replayed: true. The case in the
/// answer shows the customer's contact details only to those who may see them (an integration never does). With
/// <c>Prefer: return=minimal</c> (RFC 7240) the answer is only <c>{"id": ...}</c> and the Location, which is all an
/// integration needs, and spares the host building and writing the case with its deadlines' explanations.
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
        var minimal = PreferHeader.WantsMinimal(httpContext.Request);
        var caseId = idempotencyKey is null ? CaseIds.New(time) : CaseIds.ForIdempotencyKey(actor.Id, idempotencyKey);
        var submitted = await grains.GetGrain<ICaseGrain>(caseId).TakeIn(intake, actor, withCase: !minimal);
        if (!submitted.Succeeded)
        {
            return submitted.Error.ToResult(fieldFromIntake);
        }

        var receipt = submitted.Value;
        if (receipt.Created)
        {
            httpContext.Response.Headers.Location = Location(receipt.CaseId);
        }
        else
        {
            httpContext.Response.Headers[IdempotencyKey.ReplayedHeaderName] = "true";
        }

        var status = receipt.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK;
        if (minimal)
        {
            httpContext.Response.Headers[PreferHeader.AppliedHeaderName] = PreferHeader.ReturnMinimal;
            return TypedResults.Json(new IntakeAnswer(receipt.CaseId), statusCode: status);
        }

        return ContactRedaction.Case(httpContext, Directory(httpContext), receipt.Case!, status);
    }

    public static string Location(string caseId) => $"/api/cases/{Uri.EscapeDataString(caseId)}";

    private static IOrganisationDirectory Directory(HttpContext httpContext) => httpContext.RequestServices.GetRequiredService<IOrganisationDirectory>();
}
