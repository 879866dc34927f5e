using System.Collections.Immutable;
using NodaTime;

namespace Asivado.Grains.Telephony;

/// <summary>
/// What a call grain persists (state "call"). Immutable: every event builds the next state, which is
/// written before it replaces the current one, so a failed write changes nothing.
/// </summary>
public sealed record CallGrainState
{
    /// <summary>Null until the call is offered.</summary>
    public CallStatus? Status { get; init; }

    /// <summary>The department the call is at now (where it rings, or the answering agent's department).</summary>
    public string? DepartmentId { get; init; }

    /// <summary>The agent on the call (kept after the call ends, for the record).</summary>
    public string? AgentId { get; init; }

    /// <summary>Personal data: never logged.</summary>
    public string? CallerNumber { get; init; }

    public Instant OfferedAt { get; init; }

    /// <summary>When the caller was first answered.</summary>
    public Instant? AnsweredAt { get; init; }

    public Instant? EndedAt { get; init; }

    public int HoldCount { get; init; }

    /// <summary>Every answer-call and hold target of the call, in the order they started; at most one is pending.</summary>
    public ImmutableArray<CallTarget> Targets { get; init; } = [];

    public ImmutableArray<CallTransferView> Transfers { get; init; } = [];

    /// <summary>
    /// Who got a call-waiting alert for the call while it rang and was not answered yet: their alerts close when someone
    /// answers or takes the call, or the caller hangs up (then the list is emptied).
    /// </summary>
    public ImmutableArray<string> AlertedIds { get; init; } = [];

    /// <summary>The last event applied (one of <see cref="CallEvents"/>), to recognise a repeat.</summary>
    public string? LastEvent { get; init; }
}
