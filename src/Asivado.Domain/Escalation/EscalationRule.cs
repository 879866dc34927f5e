using System.Collections.Immutable;
using Asivado.Domain.Policies;

namespace Asivado.Domain.Escalation;

/// <summary>
/// One rung of a policy's ladder. A Warning or Breach rung fires when <see cref="PercentOfBudget"/>
/// of the target's budget is consumed (Breach is 100); an AfterBreach rung fires
/// <see cref="AfterBreach"/> (business days count on the department calendar) after the breach.
/// </summary>
public sealed record EscalationRule(
    string Name,
    EscalationLevel Level,
    ImmutableArray<RecipientRole> Recipients,
    int? PercentOfBudget = null,
    TargetBudget? AfterBreach = null);
