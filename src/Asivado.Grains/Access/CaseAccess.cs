using Asivado.Domain.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;

namespace Asivado.Grains.Access;

/// <summary>
/// Who may do what to a case: the one rule, applied by the case grain in the same turn that acts (so the assignee
/// it checks is the assignee it changes), and read by the gateway where it only shows things.
/// <list type="bullet">
/// <item>An agent acts on the cases assigned to them and the unassigned cases of their own department; they may
/// assign a case only to themselves, refer it only within its department, and never reassign it.</item>
/// <item>A lead: any case of their own department. A manager: assigns or reassigns the cases of the departments they
/// manage. An admin: everything. The system (deadlines, the department's queue): everything.</item>
/// <item>An integration takes in contacts and sends telephony events; it acts on no case.</item>
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

    public static bool CanAct(Actor actor, DepartmentDefinition department, string? assigneeId, CaseAction action) => actor.Role switch
    {
        ActorRole.Admin or ActorRole.System => true,
        ActorRole.Lead => IsLeadOf(actor, department),
        ActorRole.Manager => IsManagerOf(actor, department) && action is CaseAction.AssignCase or CaseAction.ReassignCase,
        ActorRole.Agent => IsOwnOrQueued(actor, department, assigneeId) && action switch
        {
            CaseAction.ReassignCase => false,
            CaseAction.AssignCase assign => string.Equals(assign.AgentId, actor.Id, StringComparison.Ordinal),
            CaseAction.ReferCase refer => string.Equals(refer.DepartmentId, department.Id, StringComparison.Ordinal),
            _ => true,
        },
        _ => false,
    };

    /// <summary>What a lifecycle command asks of the rule.</summary>
    public static CaseAction ActionOf(CaseCommand command) => command switch
    {
        AssignCase assign => CaseAction.Assign(assign.AgentId ?? ""),
        ReassignCase => CaseAction.Reassign,
        _ => CaseAction.Work,
    };
}
