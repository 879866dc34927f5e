using Asivado.Gateway.Api.Cases.Guide;
using Asivado.Gateway.Api.Problems;
using Asivado.Gateway.Api.Validation;
using Asivado.Gateway.Authorization;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;
using Microsoft.AspNetCore.Mvc;

using Microsoft.Extensions.Options;

namespace Asivado.Gateway.Api.Cases;

/// <summary>Intake and reading of cases: POST /api/cases, GET /api/cases/{id}, GET /api/cases/{id}/history, GET /api/cases/{id}/guide.</summary>
public static class CaseEndpoints
{
    /// <summary>An intake body is a few fields and up to 10,000 characters of description.</summary>
    public const long MaxIntakeBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapCaseEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var cases = endpoints.MapGroup("/api/cases").WithTags("Cases");

        cases.MapPost("/", CreateAsync)
            .WithName("CreateCase")
            .WithSummary("Take in a contact on any channel and open a case")
            .WithDescription("With an Idempotency-Key header a retry answers 200 with Idempotent-Replayed: true and the case as it was taken in, or only {\"id\"} when the caller may not read the case now; the same key with a different body is a conflict. Unknown fields are rejected.")
            .WithMetadata(new RequestSizeLimitAttribute(MaxIntakeBodyBytes))
            .AllowIntegrations()
            .Produces<CaseView>(StatusCodes.Status201Created)
            .Produces<CaseView>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        cases.MapGet("/{id}", GetAsync)
            .WithName("GetCase")
            .WithSummary("A case with every deadline: due instant, state and explanation")
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        cases.MapGet("/{id}/history", GetHistoryAsync)
            .WithName("GetCaseHistory")
            .WithSummary("Every change to a case: who, what, when, why")
            .Produces<IReadOnlyList<CaseHistoryEntry>>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        cases.MapGet("/{id}/guide", GetGuideAsync)
            .WithName("GetCaseGuide")
            .WithSummary("What working the case takes now: the actions its state allows, how to acknowledge it (with the standard message) and each deadline in plain words")
            .Produces<CaseGuide>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        return endpoints;
    }

    private static async Task<IResult> CreateAsync(
        CreateCaseRequest request,
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

        return await IntakeSubmission.SubmitAsync(httpContext, grains, time, request.ToIntake(), key, CreateCaseRequest.FieldFromIntake);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory)
    {
        if (!FieldRules.IsPlausibleId(id) || await grains.GetGrain<ICaseGrain>(id).Get() is not { } view)
        {
            return GrainErrorResults.NotFound("case", id);
        }

        return MayRead(httpContext, directory, view)
            ? ContactRedaction.Case(httpContext, directory, view)
            : ApiAuthorization.Forbidden($"You may not see case '{id}'.");
    }

    private static async Task<IResult> GetHistoryAsync(string id, HttpContext httpContext, IGrainFactory grains)
    {
        if (!FieldRules.IsPlausibleId(id))
        {
            return GrainErrorResults.NotFound("case", id);
        }

        var history = await grains.GetGrain<ICaseGrain>(id).ReadHistory(httpContext.GetActor());
        return history.Succeeded || history.Error.Kind != GrainErrorKind.NotFound
            ? history.ToOk()
            : GrainErrorResults.NotFound("case", id);
    }

    private static async Task<IResult> GetGuideAsync(string id, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory)
    {
        if (!FieldRules.IsPlausibleId(id) || await grains.GetGrain<ICaseGrain>(id).Get() is not { } view)
        {
            return GrainErrorResults.NotFound("case", id);
        }

        if (!MayRead(httpContext, directory, view) || directory.FindDepartment(view.DepartmentId) is not { } department)
        {
            return ApiAuthorization.Forbidden($"You may not see case '{id}'.");
        }

        var maySeeContact = AccessPolicy.CanSeeContact(httpContext.GetCaller(), department, view.AssigneeId);
        return TypedResults.Ok(CaseGuideBuilder.Build(view, directory, maySeeContact));
    }

    private static bool MayRead(HttpContext httpContext, IOrganisationDirectory directory, CaseView view) =>
        directory.FindDepartment(view.DepartmentId) is { } department
        && AccessPolicy.CanReadCase(httpContext.GetCaller(), department, view.AssigneeId);
}
