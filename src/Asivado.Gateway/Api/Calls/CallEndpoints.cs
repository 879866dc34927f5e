using Asivado.Gateway.Api.Problems;
using Asivado.Gateway.Api.Validation;
using Asivado.Gateway.Authorization;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;
using Asivado.Grains.Telephony;

namespace Asivado.Gateway.Api.Calls;

/// <summary>
/// Telephony events from the CTI integration, keyed by the CTI's call id, each answered with the call's live
/// state; and "take", a signed-in person answering a ringing call from the console. Events out of order (answered before offered) are 409; repeating the last event is idempotent.
/// </summary>
public static class CallEndpoints
{
    public static IEndpointRouteBuilder MapCallEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var calls = endpoints.MapGroup("/api/calls/{callId}").WithTags("Telephony");

        calls.MapPost("/offered", (string callId, CallOfferedRequest request, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory) =>
                ExecuteAsync(callId, errors => request.Validate(errors, directory), httpContext, grains, directory, (call, by) => call.Offer(request.ToOffer(), by)))
            .Describe("CallOffered", "A call starts ringing at a department; the answer clock starts");

        calls.MapPost("/answered", (string callId, CallAnsweredRequest request, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory) =>
                ExecuteAsync(callId, errors => request.Validate(errors, directory), httpContext, grains, directory, (call, by) => call.Answer(request.AgentId!, by)))
            .Describe("CallAnswered", "An agent answered the ringing call");

        calls.MapPost("/hold-started", (string callId, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory) =>
                ExecuteAsync(callId, _ => { }, httpContext, grains, directory, (call, by) => call.StartHold(by)))
            .Describe("CallHoldStarted", "The caller was put on hold; the hold clock starts");

        calls.MapPost("/hold-ended", (string callId, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory) =>
                ExecuteAsync(callId, _ => { }, httpContext, grains, directory, (call, by) => call.EndHold(by)))
            .Describe("CallHoldEnded", "The caller is back from hold");

        calls.MapPost("/transferred", (string callId, CallTransferredRequest request, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory) =>
                ExecuteAsync(callId, errors => request.Validate(errors, directory), httpContext, grains, directory, (call, by) => call.Transfer(request.ToTransfer(), by)))
            .Describe("CallTransferred", "The call moved to another department or agent, with the caller's callback number");

        calls.MapPost("/ended", (string callId, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory) =>
                ExecuteAsync(callId, _ => { }, httpContext, grains, directory, (call, by) => call.End(by)))
            .Describe("CallEnded", "The call ended");

        calls.MapPost("/take", TakeAsync)
            .WithName("TakeCall")
            .WithSummary("The signed-in agent or lead takes the ringing call: it is answered by them and its alerts close")
            .Produces<CallView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        calls.MapGet("/", GetAsync)
            .WithName("GetCall")
            .WithSummary("A call's live state, targets and transfers")
            .Produces<CallView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        return endpoints;
    }

    private static async Task<IResult> GetAsync(string callId, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory)
    {
        if (!FieldRules.IsPlausibleId(callId) || await grains.GetGrain<ICallGrain>(callId).Get() is not { } view)
        {
            return GrainErrorResults.NotFound("call", callId);
        }

        return directory.FindDepartment(view.DepartmentId) is { } department && AccessPolicy.CanSeeDepartment(httpContext.GetCaller(), department)
            ? ContactRedaction.Call(httpContext, directory, view)
            : ApiAuthorization.Forbidden($"You may not see call '{callId}'.");
    }

    /// <summary>Who may take the call is the call grain's to decide, in the turn that answers it (<see cref="ICallGrain.Take"/>).</summary>
    private static async Task<IResult> TakeAsync(string callId, HttpContext httpContext, IGrainFactory grains, IOrganisationDirectory directory)
    {
        var errors = new ValidationErrors();
        errors.RequireId("callId", callId);
        if (errors.HasErrors)
        {
            return errors.ToResult();
        }

        var result = await grains.GetGrain<ICallGrain>(callId).Take(httpContext.GetActor());
        return result.Succeeded ? ContactRedaction.Call(httpContext, directory, result.Value) : result.Error.ToResult();
    }

    private static async Task<IResult> ExecuteAsync(
        string callId,
        Action<ValidationErrors> validate,
        HttpContext httpContext,
        IGrainFactory grains,
        IOrganisationDirectory directory,
        Func<ICallGrain, Actor, Task<GrainResult<CallView>>> action)
    {
        if (!AccessPolicy.CanSendTelephonyEvents(httpContext.GetCaller()))
        {
            return ApiAuthorization.Forbidden("Telephony events come from the telephony integration.");
        }

        var errors = new ValidationErrors();
        errors.RequireId("callId", callId);
        validate(errors);
        if (errors.HasErrors)
        {
            return errors.ToResult();
        }

        var result = await action(grains.GetGrain<ICallGrain>(callId), httpContext.GetActor());
        return result.Succeeded ? ContactRedaction.Call(httpContext, directory, result.Value) : result.Error.ToResult();
    }

    private static RouteHandlerBuilder Describe(this RouteHandlerBuilder endpoint, string name, string summary) =>
        endpoint
            .WithName(name)
            .WithSummary(summary)
            .AllowIntegrations()
            .Produces<CallView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
