namespace Asivado.Domain.Policies;

/// <summary>A department's replacement for one target's budget and/or clock.</summary>
public sealed record TargetOverride(string TargetId, TargetBudget? Budget = null, ClockKind? Clock = null);
