namespace Asivado.Grains.Common;

/// <summary>Who asked for a change; recorded in the case history. The grains check what the actor may do (<see cref="Access.CaseAccess"/>).</summary>
/// <param name="Id">A person's id (agent, lead, manager, admin), an integration key's name, or "system".</param>
/// <param name="DepartmentId">The department the actor's sign-in names (an agent's or lead's own), if any.</param>
public sealed record Actor(string Id, ActorRole Role, string? DepartmentId = null)
{
    public static Actor System { get; } = new("system", ActorRole.System);
}

public enum ActorRole
{
    Agent = 1,
    Lead,
    Manager,
    Admin,

    /// <summary>A CTI, mail or ticket integration: may only take in contacts and telephony events.</summary>
    Integration,

    /// <summary>The runtime itself: reminders, auto-assignment.</summary>
    System,
}
