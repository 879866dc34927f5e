using Asivado.Domain.Cases;
using NodaTime;

namespace Asivado.Gateway.Api.Validation;

/// <summary>
/// How far back and ahead a client's "received at" (intake, voicemail) may be, bound from "Intake:ReceivedAt".
/// Letters and imports arrive late, but a contact older than <see cref="MaxAge"/> is a data error, not a case whose
/// deadlines are long breached; a client clock a little ahead is tolerated up to <see cref="MaxAhead"/>.
/// </summary>
public sealed class ReceivedAtOptions
{
    public const string SectionName = "Intake:ReceivedAt";

    /// <summary>The oldest a received-at may be, before now. Default 90 days; at most the domain's <see cref="CaseTimeLimits.MaxReceivedAge"/> (366 days).</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// How far ahead of the server clock a received-at may be (client clock skew): 1 minute, not configurable, because
    /// the case grain applies the same tolerance against its own clock (<see cref="CaseTimeLimits.ClockSkew"/>).
    /// </summary>
    public static readonly TimeSpan MaxAhead = CaseTimeLimits.ClockSkew.ToTimeSpan();

    /// <summary>The instants accepted at <paramref name="now"/>.</summary>
    public ReceivedAtWindow At(Instant now) => new(now - Duration.FromTimeSpan(MaxAge), now + Duration.FromTimeSpan(MaxAhead), MaxAge, MaxAhead);
}

/// <summary>The received-at instants accepted now: from <see cref="Earliest"/> to <see cref="Latest"/>, inclusive.</summary>
public readonly record struct ReceivedAtWindow(Instant Earliest, Instant Latest, TimeSpan MaxAge, TimeSpan MaxAhead);
