using System.Collections.Immutable;
using Asivado.Domain.Policies;

namespace Asivado.Domain.Escalation;

/// <summary>A policy's escalation ladder; <see cref="Default"/> is the one ARCHITECTURE.md describes.</summary>
public sealed record EscalationLadderDefinition(ImmutableArray<EscalationRule> Rules)
{
    /// <summary>50%, 75%, 90% to the assignee; breach to assignee and lead; one business day later, the manager.</summary>
    public static EscalationLadderDefinition Default { get; } = new(
    [
        new("warning-50", EscalationLevel.Warning, [RecipientRole.Assignee], PercentOfBudget: 50),
        new("warning-75", EscalationLevel.Warning, [RecipientRole.Assignee], PercentOfBudget: 75),
        new("warning-90", EscalationLevel.Warning, [RecipientRole.Assignee], PercentOfBudget: 90),
        new("breach", EscalationLevel.Breach, [RecipientRole.Assignee, RecipientRole.DepartmentLead], PercentOfBudget: 100),
        new("breach-plus-1-business-day", EscalationLevel.AfterBreach, [RecipientRole.DepartmentManager], AfterBreach: TargetBudget.OfBusinessDays(1)),
    ]);
}
