using Asivado.Grains.Common;
using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>One change to a case: who, what, when, why. Appended and persisted with the change itself.</summary>
/// <param name="Action">The command name ("open", "acknowledge", "escalation", "deadline-breached", ...).</param>
/// <param name="Details">Action-specific values (e.g. "agentId", "targetId", "level"), never contact details.</param>
public sealed record CaseHistoryEntry(
    long Sequence,
    Instant At,
    string ActorId,
    ActorRole ActorRole,
    string Action,
    string? Reason,
    IReadOnlyDictionary<string, string> Details);
