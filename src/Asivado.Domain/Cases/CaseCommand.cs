using System.Collections.Immutable;
using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Deadlines;
using NodaTime;

namespace Asivado.Domain.Cases;

/// <summary>The actions the HTTP API offers on a case, one record each, mapped 1:1 by the case grain.</summary>
public abstract record CaseCommand(Instant At)
{
    /// <summary>Short name used in error messages, e.g. "confirm".</summary>
    public abstract string Name { get; }
}

public sealed record AcknowledgeCase(Instant At, ContactMethod Method) : CaseCommand(At)
{
    public override string Name => "acknowledge";
}

public sealed record ReferCase(Instant At, string DepartmentId) : CaseCommand(At)
{
    public override string Name => "refer";
}

public sealed record AssignCase(Instant At, string AgentId) : CaseCommand(At)
{
    public override string Name => "assign";
}

public sealed record ReassignCase(Instant At, string AgentId) : CaseCommand(At)
{
    public override string Name => "reassign";
}

public sealed record PauseCase(Instant At, string Reason) : CaseCommand(At)
{
    public override string Name => "pause";
}

public sealed record ResumeCase(Instant At) : CaseCommand(At)
{
    public override string Name => "resume";
}

/// <summary>The substantive response: analysis and proposed resolution.</summary>
public sealed record RespondToCase(Instant At, string Summary) : CaseCommand(At)
{
    public override string Name => "respond";
}

/// <summary>A new committed date; requires the record that the customer was told.</summary>
public sealed record ExtendCase(Instant At, Instant NewDueAt, string Reason, CustomerNotice? Notice) : CaseCommand(At)
{
    public override string Name => "extend";
}

/// <summary>The resolution is delivered; <see cref="OnFirstContact"/> when resolved during the first contact.</summary>
public sealed record ResolveCase(Instant At, string Resolution, bool OnFirstContact = false) : CaseCommand(At)
{
    public override string Name => "resolve";
}

/// <summary>The request cannot be accommodated; the seed policy requires clear reasons.</summary>
public sealed record DeclineCase(Instant At, ImmutableArray<string> Reasons) : CaseCommand(At)
{
    public override string Name => "decline";
}

/// <summary>The customer confirms satisfaction: the only way a case closes (ANCS 12356).</summary>
public sealed record ConfirmSatisfaction(Instant At) : CaseCommand(At)
{
    public override string Name => "confirm";
}

public sealed record ReopenCase(Instant At, string Reason) : CaseCommand(At)
{
    public override string Name => "reopen";
}
