using Asivado.Domain.Deadlines;
using Asivado.Domain.Escalation;
using Asivado.Domain.Policies;
using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>One target's deadline on a case, with the explanation of its due instant.</summary>
/// <param name="SettledAt">When the target was met (or settled late), null while open.</param>
/// <param name="EscalationsFired">The levels already sent, in order.</param>
public sealed record DeadlineView(
    string TargetId,
    string Title,
    ClockKind Clock,
    Instant StartedAt,
    Instant? DueAt,
    DeadlineState State,
    Instant? SettledAt,
    IReadOnlyList<EscalationLevel> EscalationsFired,
    DeadlineExplanation Explanation);
