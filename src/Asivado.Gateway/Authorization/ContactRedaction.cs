using System.Text.Json;
using Asivado.Grains.Cases;
using Asivado.Grains.Organisation;
using Asivado.Grains.Telephony;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Asivado.Gateway.Authorization;

/// <summary>
/// Answers with a case or a call as the caller may see it: someone who may not see the customer's contact details
/// (<see cref="AccessPolicy.CanSeeContact"/>) gets the customer's name, e-mail, phone and postal address (a call's
/// callerNumber) as null and <c>contactRedacted: true</c> on the case or call.
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

    private static readonly Dictionary<string, Action<Utf8JsonWriter>> CallReplacements = new(StringComparer.Ordinal)
    {
        ["callerNumber"] = static writer => writer.WriteNullValue(),
    };

    public static IResult Case(HttpContext httpContext, IOrganisationDirectory directory, CaseView view, int statusCode = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(view);
        if (MaySeeContact(httpContext, directory, view.DepartmentId, view.AssigneeId))
        {
            return TypedResults.Json(view, Options(httpContext), statusCode: statusCode);
        }

        return new JsonBytesResult(RedactedJson.Write(view, Options(httpContext), CaseReplacements), statusCode);
    }

    public static IResult Call(HttpContext httpContext, IOrganisationDirectory directory, CallView view)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(view);
        if (view.CallerNumber is null || MaySeeContact(httpContext, directory, view.DepartmentId, view.AgentId))
        {
            return TypedResults.Ok(view);
        }

        return new JsonBytesResult(RedactedJson.Write(view, Options(httpContext), CallReplacements), StatusCodes.Status200OK);
    }

    private static bool MaySeeContact(HttpContext httpContext, IOrganisationDirectory directory, string departmentId, string? assigneeId) =>
        directory.FindDepartment(departmentId) is { } department && AccessPolicy.CanSeeContact(httpContext.GetCaller(), department, assigneeId);

    private static JsonSerializerOptions Options(HttpContext httpContext) =>
        httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
}
