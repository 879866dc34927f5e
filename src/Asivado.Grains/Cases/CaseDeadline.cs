using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Asivado.Domain.Deadlines;
using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>
/// One target's deadline on a case, as persisted: either a policy target's <see cref="Clock"/> or a referral's
/// <see cref="Committed"/> date. <see cref="State"/> is Pending, Met, Breached or Waived; Paused is shown in views
/// when a pending clock is paused.
/// </summary>
/// <param name="Fired">The escalation steps already sent, in the order they fired.</param>
public sealed record CaseDeadline(
    string TargetId,
    DeadlineState State,
    DeadlineClock? Clock,
    CommittedDeadline? Committed,
    Instant? SettledAt,
    ImmutableArray<FiredEscalation> Fired)
{
    /// <summary>Still counting: not settled and not waived (a breached deadline keeps escalating until settled).</summary>
    [JsonIgnore]
    public bool IsOpen => SettledAt is null && State is DeadlineState.Pending or DeadlineState.Breached;

    [JsonIgnore]
    public bool IsPaused => Clock?.IsPaused == true || Committed?.IsPaused == true;

    public static CaseDeadline For(DeadlineClock clock) => new(clock.TargetId, DeadlineState.Pending, clock, null, null, []);

    public static CaseDeadline For(CommittedDeadline committed) => new(CaseTargets.Referral, DeadlineState.Pending, null, committed, null, []);

    public bool HasFired(string ruleName)
    {
        if (Fired.IsDefault)
        {
            return false;
        }

        foreach (var fired in Fired)
        {
            if (fired.RuleName == ruleName)
            {
                return true;
            }
        }

        return false;
    }
}
