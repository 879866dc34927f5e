using System.Text.Json;
using Asivado.Grains.Access;
using Asivado.Grains.Cases;
using Asivado.Grains.Organisation;
using Asivado.Grains.Telephony;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Asivado.Gateway.Authorization;

/// <summary>
/// Answers with a case or a call as the caller may see it, by the one contact rule (<see cref="ContactAccess"/>):
/// a contact detail the caller may not see is null, and the case or call carries <c>contactRedacted: true</c>. A
/// case's customer is blanked whole (name, e-mail, phone, postal address), and so is the text of its acknowledgement
/// message (its template stays); a call's callerNumber, and the
/// callbackNumber of each transfer, on their own.
/// </summary>
public static class ContactRedaction
{
    public const string FlagName = "contactRedacted";

    private static readonly Dictionary<string, Action<Utf8JsonWriter>> CaseReplacements = new(StringComparer.Ordinal)
    {
        ["customer"] = static writer =>
        {
            writer.WriteStartObject();
            writer.WriteNull("name");
            writer.WriteStartObject("contact");
            writer.WriteNull("email");
            writer.WriteNull("phone");
            writer.WriteNull("postalAddress");
            writer.WriteEndObject();
            writer.WriteEndObject();
        },
    };

    private static readonly Dictionary<string, Action<Utf8JsonWriter>> NoReplacements = new(StringComparer.Ordinal);

    /// <summary>The case, its customer shown by the rule applied to the case's own department and assignee.</summary>
    public static IResult Case(HttpContext httpContext, IOrganisationDirectory directory, CaseView view, int statusCode = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(view);
        var visible = directory.FindDepartment(view.DepartmentId) is { } department
            && AccessPolicy.CanSeeContact(httpContext.GetCaller(), department, view.AssigneeId);
        return Case(httpContext, view, visible, statusCode);
    }

    /// <summary>The case, its customer shown as the case grain decided (an intake's receipt).</summary>
    public static IResult Case(HttpContext httpContext, CaseView view, bool customerVisible, int statusCode = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(view);
        return customerVisible
            ? TypedResults.Json(view, Options(httpContext), statusCode: statusCode)
            : new JsonBytesResult(RedactedJson.Write(WithoutMessageText(view), Options(httpContext), CaseReplacements), statusCode);
    }

    /// <summary>The acknowledgement keeps whom it named and the date it promised; its message text (which addresses the customer) goes.</summary>
    private static CaseView WithoutMessageText(CaseView view) =>
        view.Acknowledgement is { Message: { } message } acknowledgement
            ? view with { Acknowledgement = acknowledgement with { Message = message with { Subject = null, Body = null } } }
            : view;

    public static IResult Call(HttpContext httpContext, IOrganisationDirectory directory, CallView view)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(view);
        var redacted = Redact(httpContext.GetCaller(), directory, view);
        return ReferenceEquals(redacted, view)
            ? TypedResults.Ok(view)
            : new JsonBytesResult(RedactedJson.Write(redacted, Options(httpContext), NoReplacements), StatusCodes.Status200OK);
    }

    /// <summary>The call without the numbers the caller may not see; the same instance when nothing was hidden.</summary>
    private static CallView Redact(Caller caller, IOrganisationDirectory directory, CallView view)
    {
        var actor = caller.Actor;
        var department = directory.FindDepartment(view.DepartmentId);
        var callerNumberHidden = view.CallerNumber is not null
            && (department is null || !ContactAccess.CanSeeCallerNumber(actor, department, view.AgentId));
        var transfers = view.Transfers
            .Select(transfer => transfer.CallbackNumber is null
                || (department is not null && ContactAccess.CanSeeCallbackNumber(actor, department, view.AgentId, TransferredTo(directory, transfer), transfer.ToAgentId))
                    ? transfer
                    : transfer with { CallbackNumber = null })
            .ToList();
        var callbackHidden = !transfers.SequenceEqual(view.Transfers);
        return callerNumberHidden || callbackHidden
            ? view with { CallerNumber = callerNumberHidden ? null : view.CallerNumber, Transfers = transfers }
            : view;
    }

    /// <summary>The department the call was transferred to; null when the transfer named only an agent.</summary>
    private static DepartmentDefinition? TransferredTo(IOrganisationDirectory directory, CallTransferView transfer) =>
        transfer.ToDepartmentId is { } departmentId ? directory.FindDepartment(departmentId) : null;

    private static JsonSerializerOptions Options(HttpContext httpContext) =>
        httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
}
