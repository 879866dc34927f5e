using Asivado.Domain.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;

namespace Asivado.Grains.Access;

/// <summary>
/// Who may read and do what to a case: the one rule, applied by the case grain in the same turn that acts (so the
/// assignee it checks is the assignee it changes), and read by the gateway where it only shows things.
/// <list type="bullet">
/// <item>An agent reads and acts on the cases assigned to them and the unassigned cases of their own department;
/// they may refer a case only within its department, and never reassign it.</item>
/// <item>A lead: any case of their own department. A manager: reads, assigns and reassigns the cases of the
/// departments they manage. An admin: everything. The system (deadlines, the department's queue): everything.</item>
/// <item>An integration takes in contacts and sends telephony events; it reads and acts on no case.</item>
/// <item>The ownership rule (<see cref="OwnershipRefusal"/>), for every action that changes who owns the case: an
/// agent may make only themselves the owner; a lead, manager, admin or the system may name anyone (the grain then
/// checks that the person works in the department).</item>
/// </list>
/// </summary>
public static class CaseAccess
{
    public static bool IsLeadOf(Actor actor, DepartmentDefinition department) =>
        actor.Role == ActorRole.Lead
        && (department.LeadIds.Contains(actor.Id, StringComparer.Ordinal) || string.Equals(actor.DepartmentId, department.Id, StringComparison.Ordinal));

    public static bool IsManagerOf(Actor actor, DepartmentDefinition department) =>
        actor.Role == ActorRole.Manager && string.Equals(department.ManagerId, actor.Id, StringComparison.Ordinal);

    /// <summary>Assigned to the actor, or unassigned in the actor's own department.</summary>
    public static bool IsOwnOrQueued(Actor actor, DepartmentDefinition department, string? assigneeId) =>
        assigneeId is null
            ? string.Equals(actor.DepartmentId, department.Id, StringComparison.Ordinal)
            : string.Equals(assigneeId, actor.Id, StringComparison.Ordinal);

    public static bool CanRead(Actor actor, DepartmentDefinition department, string? assigneeId) => actor.Role switch
    {
        ActorRole.Admin or ActorRole.System => true,
        ActorRole.Lead => IsLeadOf(actor, department),
        ActorRole.Manager => IsManagerOf(actor, department),
        ActorRole.Agent => IsOwnOrQueued(actor, department, assigneeId),
        _ => false,
    };

    public static bool CanAct(Actor actor, DepartmentDefinition department, string? assigneeId, CaseAction action) =>
        Refusal(actor, department, assigneeId, action) is null;

    /// <summary>Null when the actor may do this; otherwise why not, in words the caller may read.</summary>
    public static string? Refusal(Actor actor, DepartmentDefinition department, string? assigneeId, CaseAction action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(department);
        ArgumentNullException.ThrowIfNull(action);
        return ActionRefusal(actor, department, assigneeId, action)
            ?? (action.NewOwnerId is { } owner ? OwnershipRefusal(actor, owner) : null);
    }

    /// <summary>The ownership rule: who may make <paramref name="newOwnerId"/> the owner of a case they may act on.</summary>
    public static string? OwnershipRefusal(Actor actor, string newOwnerId) => actor.Role switch
    {
        ActorRole.Admin or ActorRole.System or ActorRole.Lead or ActorRole.Manager => null,
        ActorRole.Agent when string.Equals(newOwnerId, actor.Id, StringComparison.Ordinal) => null,
        ActorRole.Agent => "an agent may make only themselves the owner of a case",
        _ => "only staff may change who owns a case",
    };

    /// <summary>What a lifecycle command asks of the rule.</summary>
    public static CaseAction ActionOf(CaseCommand command) => command switch
    {
        AssignCase assign => CaseAction.Assign(assign.AgentId ?? ""),
        ReassignCase reassign => CaseAction.Reassign(reassign.AgentId ?? ""),
        _ => CaseAction.Work,
    };

    private static string? ActionRefusal(Actor actor, DepartmentDefinition department, string? assigneeId, CaseAction action) => actor.Role switch
    {
        ActorRole.Admin or ActorRole.System => null,
        ActorRole.Lead => IsLeadOf(actor, department) ? null : "you do not lead the case's department",
        ActorRole.Manager => !IsManagerOf(actor, department) ? "you do not manage the case's department"
            : action is CaseAction.AssignCase or CaseAction.ReassignCase ? null
            : "a manager assigns and reassigns cases; the department works them",
        ActorRole.Agent => AgentRefusal(actor, department, assigneeId, action),
        _ => "an integration takes in contacts; it acts on no case",
    };

    private static string? AgentRefusal(Actor actor, DepartmentDefinition department, string? assigneeId, CaseAction action)
    {
        if (!IsOwnOrQueued(actor, department, assigneeId))
        {
            return assigneeId is null ? "the case belongs to another department" : "the case is assigned to someone else";
        }

        return action switch
        {
            CaseAction.ReassignCase => "an agent may not reassign a case",
            CaseAction.ReferCase refer when !string.Equals(refer.DepartmentId, department.Id, StringComparison.Ordinal) =>
                "an agent may refer a case only within its department",
            _ => null,
        };
    }
}
