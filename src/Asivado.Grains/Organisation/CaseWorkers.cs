namespace Asivado.Grains.Organisation;

/// <summary>
/// Who takes a department's work, by role: its agents and leads. They receive its call-waiting alerts (leads
/// whatever their presence, agents while Available), may take its ringing calls, hear of every change to its queue
/// (<see cref="QueueWatchers"/>, whatever their presence: they may claim from it), are picked by its automatic
/// assignment, and may be given its cases (assign, reassign, claim, refer with an owner). Managers and admins
/// supervise: whatever presence they set, they get no call alerts and no queue notices, take no call, get no
/// automatic assignments and own no case.
/// </summary>
public static class CaseWorkers
{
    /// <summary>
    /// Who gets an at-risk warning (a case forecast to breach, before its first escalation step): the department's
    /// leads, who can move work or staff; the assignee hears from the escalation ladder itself.
    /// </summary>
    public static IReadOnlyList<string> AtRiskRecipients(DepartmentDefinition department) => department.LeadIds;

    public static bool Works(StaffRole role) => role is StaffRole.Agent or StaffRole.Lead;

    public static bool WorksIn(PersonDefinition? person, DepartmentDefinition? department) =>
        person is not null && department is not null && Works(person.Role)
        && (person.DepartmentId == department.Id || department.MemberIds.Contains(person.Id) || department.LeadIds.Contains(person.Id));

    /// <summary>
    /// Who gets the department's queue-changed notices (a latest value, at most one a second): its leads and its
    /// members who work (<see cref="WorksIn"/>), each once: the people who may claim from its queue.
    /// </summary>
    public static IEnumerable<string> QueueWatchers(DepartmentDefinition department, Func<string, PersonDefinition?> findPerson)
    {
        ArgumentNullException.ThrowIfNull(department);
        ArgumentNullException.ThrowIfNull(findPerson);
        return department.LeadIds.Concat(department.MemberIds)
            .Distinct(StringComparer.Ordinal)
            .Where(id => WorksIn(findPerson(id), department));
    }

    /// <summary>Why <paramref name="personId"/> cannot be given work of <paramref name="departmentId"/>.</summary>
    public static string Refusal(PersonDefinition? person, string personId, string departmentId) =>
        person is not null && !Works(person.Role)
            ? $"'{personId}' is {(person.Role == StaffRole.Admin ? "an admin" : "a manager")}: managers and admins supervise and own no case."
            : $"'{personId}' is not a person of department {departmentId}.";
}
