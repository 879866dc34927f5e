using Asivado.Grains.Cases;
using NodaTime;

namespace Asivado.Grains.Telephony;

/// <summary>
/// A call's live state and its wall-clock targets ("answer-call": within the policy's rings;
/// "hold": each hold under the policy's limit). <see cref="CallerNumber"/> is personal data.
/// </summary>
public sealed record CallView(
    string Id,
    string DepartmentId,
    CallStatus Status,
    string? AgentId,
    string? CallerNumber,
    Instant OfferedAt,
    Instant? AnsweredAt,
    Instant? EndedAt,
    int HoldCount,
    IReadOnlyList<CallTargetView> Targets,
    IReadOnlyList<CallTransferView> Transfers);

public sealed record CallTargetView(string TargetId, Instant StartedAt, Instant DueAt, DeadlineState State, Instant? SettledAt);

/// <param name="CallbackNumber">Personal data; null only in an answer to someone who may not see it (<see cref="Access.ContactAccess"/>).</param>
public sealed record CallTransferView(Instant At, string FromDepartmentId, string? ToDepartmentId, string? ToAgentId, string? CallbackNumber);
