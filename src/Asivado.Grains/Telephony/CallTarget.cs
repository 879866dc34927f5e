using System.Text.Json.Serialization;
using Asivado.Domain.Deadlines;
using Asivado.Grains.Cases;
using NodaTime;

namespace Asivado.Grains.Telephony;

/// <summary>One wall-clock target of a call ("answer-call" or "hold") at the department it ran for.</summary>
/// <param name="SettledAt">When the target stopped counting (answered, hold ended, transferred, call ended); null while pending or breached and still open.</param>
public sealed record CallTarget(string TargetId, string DepartmentId, DeadlineClock Clock, Instant DueAt, DeadlineState State, Instant? SettledAt)
{
    [JsonIgnore]
    public bool IsOpen => State == DeadlineState.Pending || (State == DeadlineState.Breached && SettledAt is null);

    public CallTargetView ToView() => new(TargetId, Clock.StartedAt, DueAt, State, SettledAt);
}
