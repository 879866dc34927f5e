using Asivado.Domain.Acknowledgements;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;
using Asivado.Grains.Telephony;

namespace Asivado.Grains.Access;

/// <summary>
/// Who may see a contact detail: the one redaction rule, for every path that answers with one (HTTP answers and
/// intake replays, the console hub's answers and pushes, reports). <see cref="Fields"/> lists every contact detail
/// a view carries; a view's field that is not listed here has no rule, and the gateway's contact surface test fails.
/// <list type="bullet">
/// <item>A case's customer (name, e-mail, phone, postal address), the acknowledgement message given to them (it
/// addresses them by name) and a call's caller number: the assignee (the agent
/// on the call), the leads and manager of the case's (call's) department, admins.</item>
/// <item>A transfer's callback number, taken so that the caller can be called back: those, and the department the
/// call was transferred to (its agents and leads, its manager) and the agent it was transferred to.</item>
/// <item>An integration never: it sent the details, it gets none back.</item>
/// </list>
/// </summary>
public static class ContactAccess
{
    /// <summary>Every contact detail of the views the service answers with, as (declaring type, property).</summary>
    public static IReadOnlyList<(Type Type, string Property)> Fields { get; } =
    [
        (typeof(CustomerDetails), nameof(CustomerDetails.Name)),
        (typeof(ContactDetails), nameof(ContactDetails.Email)),
        (typeof(ContactDetails), nameof(ContactDetails.Phone)),
        (typeof(ContactDetails), nameof(ContactDetails.PostalAddress)),
        (typeof(AcknowledgementMessage), nameof(AcknowledgementMessage.Subject)),
        (typeof(AcknowledgementMessage), nameof(AcknowledgementMessage.Body)),
        (typeof(CallView), nameof(CallView.CallerNumber)),
        (typeof(CallTransferView), nameof(CallTransferView.CallbackNumber)),
    ];

    /// <summary>The customer of a case: the assignee, the department's leads and manager, admins.</summary>
    public static bool CanSeeCustomer(Actor actor, DepartmentDefinition department, string? assigneeId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(department);
        return actor.Role is ActorRole.Admin or ActorRole.System
            || (IsStaff(actor) && string.Equals(assigneeId, actor.Id, StringComparison.Ordinal))
            || CaseAccess.IsLeadOf(actor, department)
            || CaseAccess.IsManagerOf(actor, department);
    }

    /// <summary>A call's caller number: as a case's customer, with the agent on the call as the assignee.</summary>
    public static bool CanSeeCallerNumber(Actor actor, DepartmentDefinition callDepartment, string? callAgentId) =>
        CanSeeCustomer(actor, callDepartment, callAgentId);

    /// <summary>
    /// A transfer's callback number: whoever may see the caller's number, and the people the call was transferred
    /// to, who must be able to call back: the agent it went to (<paramref name="toAgentId"/>), and the agents, leads and
    /// manager of the department it went to (<paramref name="toDepartment"/>; null when the transfer named only an agent).
    /// </summary>
    public static bool CanSeeCallbackNumber(
        Actor actor, DepartmentDefinition callDepartment, string? callAgentId, DepartmentDefinition? toDepartment, string? toAgentId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return CanSeeCallerNumber(actor, callDepartment, callAgentId)
            || (IsStaff(actor) && string.Equals(toAgentId, actor.Id, StringComparison.Ordinal))
            || (toDepartment is not null && WorksFor(actor, toDepartment));
    }

    private static bool IsStaff(Actor actor) => actor.Role is ActorRole.Agent or ActorRole.Lead or ActorRole.Manager or ActorRole.Admin;

    private static bool WorksFor(Actor actor, DepartmentDefinition department) =>
        (actor.Role is ActorRole.Agent or ActorRole.Lead && string.Equals(actor.DepartmentId, department.Id, StringComparison.Ordinal))
        || CaseAccess.IsLeadOf(actor, department)
        || CaseAccess.IsManagerOf(actor, department);
}
