using System.Collections.Immutable;
using Asivado.Domain.Policies;
using NodaTime;

namespace Asivado.Domain.Escalation;

/// <summary>
/// One escalation event due for a target's deadline: the grain registers one durable reminder at
/// <see cref="DueAt"/> and, when it fires, notifies <see cref="Recipients"/>.
/// </summary>
public sealed record EscalationStep(
    string TargetId,
    PolicyReference Policy,
    string RuleName,
    EscalationLevel Level,
    int? PercentOfBudget,
    Instant DueAt,
    Instant DeadlineDueAt,
    ImmutableArray<RecipientRole> Recipients);
