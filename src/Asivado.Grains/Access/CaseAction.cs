namespace Asivado.Grains.Access;

/// <summary>
/// What a caller wants to do to a case, with the facts the rules need (the target agent or department).
/// <see cref="NewOwnerId"/> names the person the action makes the case's owner, so every way of changing who owns a
/// case (assign, reassign, refer with an owner, a console's claim or move) meets the same ownership rule.
/// </summary>
public abstract record CaseAction
{
    /// <summary>Acknowledge, respond, pause, resume, extend, resolve, decline, confirm, reopen.</summary>
    public static CaseAction Work { get; } = new WorkOnCase();

    /// <summary>The person who owns the case once the action succeeds; null when the action leaves the owner alone.</summary>
    public virtual string? NewOwnerId => null;

    public static CaseAction Assign(string agentId) => new AssignCase(agentId);

    public static CaseAction Reassign(string agentId) => new ReassignCase(agentId);

    public static CaseAction Refer(string departmentId, string? ownerId) => new ReferCase(departmentId, ownerId);

    public sealed record WorkOnCase : CaseAction;

    public sealed record AssignCase(string AgentId) : CaseAction
    {
        public override string? NewOwnerId => AgentId;
    }

    public sealed record ReassignCase(string AgentId) : CaseAction
    {
        public override string? NewOwnerId => AgentId;
    }

    public sealed record ReferCase(string DepartmentId, string? OwnerId) : CaseAction
    {
        public override string? NewOwnerId => OwnerId;
    }
}
