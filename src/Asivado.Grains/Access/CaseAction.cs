namespace Asivado.Grains.Access;

/// <summary>What a caller wants to do to a case, with the facts the rules need (the target agent or department).</summary>
public abstract record CaseAction
{
    /// <summary>Acknowledge, respond, pause, resume, extend, resolve, decline, confirm, reopen.</summary>
    public static CaseAction Work { get; } = new WorkOnCase();

    public static CaseAction Reassign { get; } = new ReassignCase();

    public static CaseAction Assign(string agentId) => new AssignCase(agentId);

    public static CaseAction Refer(string departmentId) => new ReferCase(departmentId);

    public sealed record WorkOnCase : CaseAction;

    public sealed record AssignCase(string AgentId) : CaseAction;

    public sealed record ReassignCase : CaseAction;

    public sealed record ReferCase(string DepartmentId) : CaseAction;
}
