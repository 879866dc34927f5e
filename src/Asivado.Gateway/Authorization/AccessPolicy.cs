using Asivado.Grains.Access;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;

namespace Asivado.Gateway.Authorization;

/// <summary>
/// Every access rule of the HTTP API in one place, as pure functions of the caller and the facts of the resource
/// (its department from the organisation directory, its assignee). The endpoints ask before calling a grain that
/// changes anything, so a refused request changes nothing.
/// <list type="bullet">
/// <item>An agent sees and acts on the cases assigned to them and the unassigned cases of their own department;
/// they may assign a case only to themselves, refer it only within its department, and never reassign it.</item>
/// <item>A lead: any case of their own department (reassign within it, refer out). A manager: reads the cases of
/// the departments they manage, and assigns or reassigns them. An admin: everything.</item>
/// <item>An integration only takes in contacts and sends telephony events.</item>
/// <item>Only an admin publishes organisation revisions (policies, overrides, calendars) and follows their re-application.</item>
/// <item>Contact details: <see cref="ContactAccess"/>, the one redaction rule.</item>
/// </list>
/// </summary>
public static class AccessPolicy
{
    public static bool IsLeadOf(Caller caller, DepartmentDefinition department) => CaseAccess.IsLeadOf(caller.Actor, department);

    public static bool IsManagerOf(Caller caller, DepartmentDefinition department) => CaseAccess.IsManagerOf(caller.Actor, department);

    /// <summary>The department's view and queue: its agents and leads, its manager, admins.</summary>
    public static bool CanSeeDepartment(Caller caller, DepartmentDefinition department) => caller.Role switch
    {
        ActorRole.Admin => true,
        ActorRole.Agent or ActorRole.Lead => string.Equals(caller.DepartmentId, department.Id, StringComparison.Ordinal),
        ActorRole.Manager => IsManagerOf(caller, department),
        _ => false,
    };

    /// <summary>Compliance and feedback reports and the breach forecast: the department's leads, its manager, admins (not its agents).</summary>
    public static bool CanReadReports(Caller caller, DepartmentDefinition department) =>
        caller.Role == ActorRole.Admin || IsLeadOf(caller, department) || IsManagerOf(caller, department);

    /// <summary>The case grain answers an intake replay by this same rule (<see cref="CaseAccess.CanRead"/>).</summary>
    public static bool CanReadCase(Caller caller, DepartmentDefinition department, string? assigneeId) =>
        caller.Role != ActorRole.System && CaseAccess.CanRead(caller.Actor, department, assigneeId);

    /// <summary>The customer's name, e-mail, phone and postal address: the one contact rule (<see cref="ContactAccess"/>).</summary>
    public static bool CanSeeContact(Caller caller, DepartmentDefinition department, string? assigneeId) =>
        caller.Role != ActorRole.System && ContactAccess.CanSeeCustomer(caller.Actor, department, assigneeId);

    /// <summary>Publishing policy, override and calendar revisions, and reading them and their re-application jobs: admins.</summary>
    public static bool CanManageRevisions(Caller caller) => caller.Role == ActorRole.Admin;

    /// <summary>Telephony events come from the CTI integration (admins may replay them).</summary>
    public static bool CanSendTelephonyEvents(Caller caller) => caller.Role is ActorRole.Integration or ActorRole.Admin;

    /// <summary>An agent's view and push feed: the agent, the leads and manager of their department, admins.</summary>
    public static bool CanReadAgent(Caller caller, PersonDefinition agent, DepartmentDefinition? department) =>
        CanActAsAgent(caller, agent)
        || (department is not null && (IsLeadOf(caller, department) || IsManagerOf(caller, department)));

    /// <summary>Presence and escalation acknowledgements: the agent themselves, or an admin.</summary>
    public static bool CanActAsAgent(Caller caller, PersonDefinition agent) =>
        caller.Role == ActorRole.Admin
        || (caller.Role is ActorRole.Agent or ActorRole.Lead or ActorRole.Manager && string.Equals(agent.Id, caller.Id, StringComparison.Ordinal));
}
