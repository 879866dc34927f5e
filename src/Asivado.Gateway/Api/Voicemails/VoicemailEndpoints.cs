using Asivado.Gateway.Api.Cases;
using Asivado.Gateway.Api.Validation;
using Asivado.Gateway.Authorization;
using Asivado.Grains.Cases;
using Asivado.Grains.Organisation;
using Microsoft.AspNetCore.Mvc;

using Microsoft.Extensions.Options;

namespace Asivado.Gateway.Api.Voicemails;

/// <summary>POST /api/voicemails: a voicemail becomes a case, exactly like an intake (Idempotency-Key included).</summary>
public static class VoicemailEndpoints
{
    public static IEndpointRouteBuilder MapVoicemailEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/voicemails", CreateAsync)
            .WithTags("Telephony")
            .AllowIntegrations()
            .WithName("CreateVoicemailCase")
            .WithSummary("Open a voicemail case to be returned within the department's voicemail target")
            .WithMetadata(new RequestSizeLimitAttribute(CaseEndpoints.MaxIntakeBodyBytes))
            .Produces<CaseView>(StatusCodes.Status201Created)
            .Produces<CaseView>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return endpoints;
    }

    private static async Task<IResult> CreateAsync(
        VoicemailRequest request,
        HttpContext httpContext,
        IGrainFactory grains,
        IOrganisationDirectory directory,
        TimeProvider time,
        IOptions<ReceivedAtOptions> receivedAt)
    {
        var errors = new ValidationErrors();
        var key = IdempotencyKey.Read(httpContext.Request, errors);
        request.Validate(errors, directory, receivedAt.Value.At(time.GetCurrentInstant()));
        if (errors.HasErrors)
        {
            return errors.ToResult();
        }

        return await IntakeSubmission.SubmitAsync(httpContext, grains, time, request.ToIntake(), key, VoicemailRequest.FieldFromIntake);
    }
}
