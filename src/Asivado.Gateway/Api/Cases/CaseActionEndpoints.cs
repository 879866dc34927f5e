using Asivado.Domain.Cases;
using Asivado.Gateway.Api.Cases.Actions;
using Asivado.Gateway.Api.Problems;
using Asivado.Gateway.Api.Validation;
using Asivado.Gateway.Authorization;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Gateway.Api.Cases;

/// <summary>
/// POST /api/cases/{id}/{action}: one lifecycle command each, answered with the case. The body is validated
/// first (400 naming each bad field); then the case grain decides in one turn: an unknown case is 404, a caller
/// the access rule (<see cref="Grains.Access.CaseAccess"/>) refuses is 403, a state that forbids the action 409. The
/// check and the change see the same assignee: nothing can change between them.
/// </summary>
public static class CaseActionEndpoints
{
    public static IEndpointRouteBuilder MapCaseActionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var cases = endpoints.MapGroup("/api/cases/{id}").WithTags("Case actions");

        cases.MapCommand<AcknowledgeCaseRequest>("acknowledge", "AcknowledgeCase", "Record that the customer was acknowledged, and how");
        cases.MapPost("/refer", ReferAsync).Describe("ReferCase", "Refer the case to a department, with a committed owner and due date when it leaves its department");
        cases.MapCommand<AssignCaseRequest>("assign", "AssignCase", "Assign the case to a person of its department");
        cases.MapCommand<ReassignCaseRequest>("reassign", "ReassignCase", "Move the case to another person of its department");
        cases.MapCommand<PauseCaseRequest>("pause", "PauseCase", "Stop the case's clocks while it waits on the customer");
        cases.MapBodilessCommand("resume", "ResumeCase", "Restart the case's clocks", now => new ResumeCase(now));
        cases.MapCommand<RespondToCaseRequest>("respond", "RespondToCase", "Record the substantive response");
        cases.MapCommand<ExtendCaseRequest>("extend", "ExtendCase", "Move the response deadline to a new date the customer was told");
        cases.MapCommand<ResolveCaseRequest>("resolve", "ResolveCase", "Record the resolution; the case then awaits the customer's confirmation");
        cases.MapCommand<DeclineCaseRequest>("decline", "DeclineCase", "Decline the request with clear reasons");
        cases.MapBodilessCommand("confirm", "ConfirmCase", "The customer confirms satisfaction: the case closes", now => new ConfirmSatisfaction(now));
        cases.MapCommand<ReopenCaseRequest>("reopen", "ReopenCase", "Reopen a resolved or closed case");
        return endpoints;
    }

    private static void MapCommand<TRequest>(this RouteGroupBuilder cases, string action, string name, string summary)
        where TRequest : class, ICaseCommandRequest =>
        cases.MapPost($"/{action}", (string id, TRequest request, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory, TimeProvider time) =>
            {
                var errors = new ValidationErrors();
                request.Validate(errors, directory, time.GetCurrentInstant());
                return ExecuteAsync(id, errors, httpContext, grains, directory, (grain, by) => grain.Execute(request.ToCommand(time.GetCurrentInstant()), by));
            })
            .Describe(name, summary);

    /// <summary>The body may be absent or {}; anything in it is an unknown field.</summary>
    private static void MapBodilessCommand(this RouteGroupBuilder cases, string action, string name, string summary, Func<Instant, CaseCommand> command) =>
        cases.MapPost($"/{action}", (string id, EmptyRequest? request, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory, TimeProvider time) =>
                ExecuteAsync(id, new ValidationErrors(), httpContext, grains, directory, (grain, by) => grain.Execute(command(time.GetCurrentInstant()), by)))
            .Describe(name, summary);

    private static Task<IResult> ReferAsync(string id, ReferCaseRequest request, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory, TimeProvider time)
    {
        var errors = new ValidationErrors();
        request.Validate(errors, directory, time.GetCurrentInstant());
        return ExecuteAsync(id, errors, httpContext, grains, directory, (grain, by) => grain.Refer(request.ToReferral(), by));
    }

    private static async Task<IResult> ExecuteAsync(
        string id,
        ValidationErrors errors,
        HttpContext httpContext,
        IGrainFactory grains,
        IOrganisationDirectory directory,
        Func<ICaseGrain, Actor, Task<GrainResult<CaseView>>> action)
    {
        if (errors.HasErrors)
        {
            return errors.ToResult();
        }

        if (!FieldRules.IsPlausibleId(id))
        {
            return GrainErrorResults.NotFound("case", id);
        }

        var result = await action(grains.GetGrain<ICaseGrain>(id), httpContext.GetActor());
        return result.Succeeded ? ContactRedaction.Case(httpContext, directory, result.Value)
            : result.Error.Kind == GrainErrorKind.NotFound ? GrainErrorResults.NotFound("case", id)
            : result.Error.ToResult();
    }

    private static RouteHandlerBuilder Describe(this RouteHandlerBuilder endpoint, string name, string summary) =>
        endpoint
            .WithName(name)
            .WithSummary(summary)
            .Produces<CaseView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
