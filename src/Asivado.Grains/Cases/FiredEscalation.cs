using Asivado.Domain.Escalation;
using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>An escalation step of a deadline that was sent: which rung, when it was due and when it went out.</summary>
public sealed record FiredEscalation(string RuleName, EscalationLevel Level, int? PercentOfBudget, Instant StepDueAt, Instant FiredAt);
