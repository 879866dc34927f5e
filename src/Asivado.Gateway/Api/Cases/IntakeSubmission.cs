using Asivado.Gateway.Api.Problems;
using Asivado.Gateway.Authorization;
using Asivado.Grains.Cases;

namespace Asivado.Gateway.Api.Cases;

/// <summary>
/// Takes in a validated contact (POST /api/cases, POST /api/voicemails). With an Idempotency-Key the case id is
/// derived from "{actorId}/{key}" (<see cref="CaseIds.ForIdempotencyKey"/>), so the case opens once and answers
/// retries itself; without one a new case id is minted.
/// A new case is 201 Created at /api/cases/{id}; a replay is 200 with Idempotent-Replayed: true and answers what the
/// first submission answered, never more than the caller may read now: the case as it was taken in, or only
/// <c>{"id": ...}</c> for a caller who may not read the case now (an integration never may). The case grain decides
/// both, and whether the customer's contact details show (an integration never sees them), in its turn. With
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
        }

        return receipt.Case is { } view
            ? ContactRedaction.Case(httpContext, view, receipt.CustomerVisible, status)
            : TypedResults.Json(new IntakeAnswer(receipt.CaseId), statusCode: status);
    }

    public static string Location(string caseId) => $"/api/cases/{Uri.EscapeDataString(caseId)}";
}
