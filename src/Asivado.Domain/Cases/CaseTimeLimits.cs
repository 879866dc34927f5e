using NodaTime;

namespace Asivado.Domain.Cases;

/// <summary>
/// The instants a case takes from a person or an integration, as a window around the server's now: the one rule the
/// API checks first and the case grain and <see cref="CaseLifecycle"/> apply again. Outside it a value is a data
/// error (year -1, year 9999), never a date anyone means, and the calendars are not asked about it.
/// </summary>
public static class CaseTimeLimits
{
    /// <summary>How far ahead of the server clock a reported past instant may be (client clock skew).</summary>
    public static readonly Duration ClockSkew = Duration.FromMinutes(1);

    /// <summary>
    /// The oldest a contact's receivedAt may ever be. The API's own limit (Intake:ReceivedAt:MaxAge, default 90
    /// days) is configured within it.
    /// </summary>
    public static readonly Duration MaxReceivedAge = Duration.FromDays(366);

    /// <summary>The furthest ahead a committed date may be: an extension's newDueAt, a referral's committedDueAt.</summary>
    public static readonly Duration MaxCommitmentAhead = Duration.FromDays(366);

    /// <summary>The oldest a customer notice's toldAt may be (it may not be after the extension is recorded).</summary>
    public static readonly Duration MaxNoticeAge = Duration.FromDays(366);

    /// <summary>receivedAt: not before <see cref="MaxReceivedAge"/> ago, at most <see cref="ClockSkew"/> ahead.</summary>
    public static TimeWindow ReceivedAt(Instant now) => new(now - MaxReceivedAge, now + ClockSkew, "must be within the last 366 days and at most 1 minute ahead of the server clock");

    /// <summary>A committed date: at most <see cref="MaxCommitmentAhead"/> ahead (and, checked first, after now).</summary>
    public static TimeWindow Commitment(Instant now) => new(now, now + MaxCommitmentAhead, "must be in the future, at most 366 days ahead");

    /// <summary>When the customer was told: not after now, not before <see cref="MaxNoticeAge"/> ago.</summary>
    public static TimeWindow NoticeToldAt(Instant now) => new(now - MaxNoticeAge, now, "must be within the last 366 days and not after the extension is recorded");
}

/// <summary>The instants from <see cref="Earliest"/> to <see cref="Latest"/>, inclusive; <see cref="Rule"/> says so to a person.</summary>
public readonly record struct TimeWindow(Instant Earliest, Instant Latest, string Rule)
{
    public bool Contains(Instant instant) => instant >= Earliest && instant <= Latest;

    /// <summary>The rule with the window's ends, for a refusal: "must be in the future, at most 366 days ahead (between ... and ...)".</summary>
    public string Explain() => $"{Rule} (between {Earliest} and {Latest})";
}
