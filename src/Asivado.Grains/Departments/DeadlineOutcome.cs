using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>A target settled or breached on a case (or call); counted once per (WorkId, TargetId, Met).</summary>
/// <param name="WorkId">Case id, or "call:{callId}".</param>
/// <param name="Met">True when settled in time; false when it breached.</param>
public sealed record DeadlineOutcome(string WorkId, string TargetId, bool Met, Instant DueAt, Instant At);
