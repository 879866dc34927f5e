using System.Globalization;
using Asivado.Gateway.Api.Problems;
using Asivado.Gateway.Api.Validation;
using Asivado.Gateway.Authorization;
using Asivado.Grains.Agents;
using Asivado.Grains.Organisation;

namespace Asivado.Gateway.Api.Agents;

/// <summary>
/// An agent's live state, presence, escalation acknowledgements and push feed (what a console that was away
/// missed). Ids the organisation directory does not know are 404 without asking a grain.
/// </summary>
public static class AgentEndpoints
{
    public static IEndpointRouteBuilder MapAgentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var agents = endpoints.MapGroup("/api/agents/{id}").WithTags("Agents");

        agents.MapGet("/", GetAsync)
            .WithName("GetAgent")
            .WithSummary("An agent's presence, load against capacity, assignments and open escalations")
            .Produces<AgentView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        agents.MapPut("/presence", SetPresenceAsync)
            .WithName("SetAgentPresence")
            .WithSummary("Set an agent's presence (Available, Busy, Away, Offline)")
            .Produces<AgentView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        agents.MapPost("/escalations/{sequence}/acknowledge", AcknowledgeEscalationAsync)
            .WithName("AcknowledgeEscalation")
            .WithSummary("Acknowledge an escalation in the agent's inbox by its push sequence")
            .Produces<AgentView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        agents.MapGet("/pushes", GetPushesAsync)
            .WithName("GetAgentPushes")
            .WithSummary("Every persisted push with a sequence greater than 'after' (default 0), in order")
            .Produces<IReadOnlyList<ConsolePush>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        return endpoints;
    }

    private static async Task<IResult> GetAsync(string id, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory) =>
        directory.FindPerson(id) is not { } person ? GrainErrorResults.NotFound("agent", id)
        : !MayRead(httpContext, directory, person) ? ApiAuthorization.Forbidden($"You may not see agent '{id}'.")
        : await grains.GetGrain<IAgentGrain>(id).Get() is { } view ? TypedResults.Ok(view)
        : GrainErrorResults.NotFound("agent", id);

    private static bool MayRead(HttpContext httpContext, IOrganisationDirectory directory, PersonDefinition person) =>
        AccessPolicy.CanReadAgent(httpContext.GetCaller(), person, directory.FindDepartment(person.DepartmentId));

    private static async Task<IResult> SetPresenceAsync(string id, PresenceRequest request, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory)
    {
        var errors = new ValidationErrors();
        request.Validate(errors);
        if (errors.HasErrors)
        {
            return errors.ToResult();
        }

        if (directory.FindPerson(id) is not { } person)
        {
            return GrainErrorResults.NotFound("agent", id);
        }

        if (!AccessPolicy.CanActAsAgent(httpContext.GetCaller(), person))
        {
            return ApiAuthorization.Forbidden($"You may not set the presence of agent '{id}'.");
        }

        var result = await grains.GetGrain<IAgentGrain>(id).SetPresence(request.Presence!.Value, httpContext.GetActor());
        return result.ToOk();
    }

    // The sequence is taken as text so that a bad one is a 400 naming it, like any other field.
    private static async Task<IResult> AcknowledgeEscalationAsync(string id, string sequence, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory)
    {
        var errors = new ValidationErrors();
        var number = ParseSequence(errors, "sequence", sequence, minimum: 1);
        if (errors.HasErrors)
        {
            return errors.ToResult();
        }

        if (directory.FindPerson(id) is not { } person)
        {
            return GrainErrorResults.NotFound("agent", id);
        }

        if (!AccessPolicy.CanActAsAgent(httpContext.GetCaller(), person))
        {
            return ApiAuthorization.Forbidden($"You may not acknowledge escalations for agent '{id}'.");
        }

        var result = await grains.GetGrain<IAgentGrain>(id).AcknowledgeEscalation(number, httpContext.GetActor());
        return result.ToOk();
    }

    private static async Task<IResult> GetPushesAsync(string id, string? after, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory)
    {
        var errors = new ValidationErrors();
        var number = after is null ? 0 : ParseSequence(errors, "after", after, minimum: 0);
        if (errors.HasErrors)
        {
            return errors.ToResult();
        }

        if (directory.FindPerson(id) is not { } person)
        {
            return GrainErrorResults.NotFound("agent", id);
        }

        if (!MayRead(httpContext, directory, person))
        {
            return ApiAuthorization.Forbidden($"You may not see agent '{id}'.");
        }

        return TypedResults.Ok(await grains.GetGrain<IAgentGrain>(id).GetPushesAfter(number));
    }

    private static long ParseSequence(ValidationErrors errors, string field, string text, long minimum)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }

        errors.Add(field, $"must be a whole number of at least {minimum}");
        return 0;
    }
}
