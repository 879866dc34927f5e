using Asivado.Domain.Escalation;
using NodaTime;

namespace Asivado.Grains.Agents;

/// <summary>What a case (or call) sends to each recipient of an escalation step or a call alert.</summary>
/// <param name="Kind">One of <see cref="ConsolePushKind"/>: escalation, call-waiting or over-hold.</param>
/// <param name="StepDueAt">When the step fell due (for lateness); <paramref name="DeadlineDueAt"/> is the deadline itself.</param>
public sealed record EscalationNotice(
    string Kind,
    string? CaseId,
    string? CallId,
    string DepartmentId,
    string TargetId,
    EscalationLevel Level,
    int? PercentOfBudget,
    RecipientRole RecipientRole,
    Instant StepDueAt,
    Instant DeadlineDueAt,
    string Text);
