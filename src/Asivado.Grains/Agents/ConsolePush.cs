using Asivado.Domain.Escalation;
using NodaTime;

namespace Asivado.Grains.Agents;

/// <summary>
/// One message to an agent's consoles. <see cref="Sequence"/> is the agent's own, gap-free, persisted:
/// a console that reconnects asks for everything after the last sequence it saw.
/// </summary>
/// <param name="Kind">One of <see cref="ConsolePushKind"/>.</param>
/// <param name="DueAt">For an escalation, the deadline's due instant; for a call alert, when it fell due; for case-changed, the case's next deadline after the change (null: none pending).</param>
/// <param name="StepDueAt">For an escalation or call alert, the instant the step fell due (a warning's is before the deadline's), so a console can tell how late it arrived.</param>
public sealed record ConsolePush(
    long Sequence,
    string Kind,
    Instant At,
    string? CaseId = null,
    string? DepartmentId = null,
    string? TargetId = null,
    EscalationLevel? Level = null,
    int? PercentOfBudget = null,
    Instant? DueAt = null,
    string? CallId = null,
    string? Text = null,
    Instant? StepDueAt = null);
